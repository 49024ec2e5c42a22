;; func 0 pair
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x42
  1e: mov rsp,r11
  21: mov r11,[rbp+0x18]
  25: mov [rbp-0x10],r11
  29: mov r11,[rbp+0x10]
  2d: mov [rbp-0x18],r11
  31: mov r11,[rbp-0x18]
  35: mov [rbp+0x18],r11
  39: mov rax,[rbp-0x10]
  3d: mov rsp,rbp
  40: pop rbp
  41: ret
  42: mov eax,9
  47: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x44
  1e: mov rsp,r11
  21: mov r11,[rbp+0x10]
  25: mov [rbp-0x10],r11
  29: mov dword [rbp-0x18],3
  35: mov eax,[rbp-0x10]
  38: add eax,[rbp-0x18]
  3f: mov rsp,rbp
  42: pop rbp
  43: ret
  44: mov eax,9
  49: call 0xFFFFFFFFFFFFFFA3

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x5C
  1e: mov rsp,r11
  21: mov r11,[rbp+0x10]
  25: mov [rbp-0x10],r11
  29: cmp dword [rbp+0x18],0
  33: je near 0x49
  39: mov eax,[rbp-0x10]
  3c: add eax,1
  40: mov [rbp-0x10],rax
  44: jmp 0x54
  49: mov eax,[rbp-0x10]
  4c: sub eax,2
  50: mov [rbp-0x10],rax
  54: mov eax,[rbp-0x10]
  57: mov rsp,rbp
  5a: pop rbp
  5b: ret
  5c: mov eax,9
  61: call 0xFFFFFFFFFFFFFF55

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x59
  1e: mov rsp,r11
  21: mov ebx,[rbp+0x10]
  24: mov [rbp-0x10],rbx
  28: mov r11,[r15+0x18]
  2f: cmp rsp,[r11]
  34: jb near 0x59
  3a: mov eax,[rbp-0x10]
  3d: sub eax,1
  41: mov ebx,eax
  44: test ebx,ebx
  47: mov [rbp-0x10],rax
  4b: jne near 0x28
  51: mov eax,[rbp-0x10]
  54: mov rsp,rbp
  57: pop rbp
  58: ret
  59: mov eax,9
  5e: call 0xFFFFFFFFFFFFFEEF

;; func 4 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x58
  1e: mov rsp,r11
  21: mov dword [rsp],1
  2d: mov qword [rsp+8],2
  39: call 0xFFFFFFFFFFFFFE9D
  3e: mov r11,[rsp+8]
  46: mov [rbp-0x18],r11
  4d: mov eax,0
  53: mov rsp,rbp
  56: pop rbp
  57: ret
  58: mov eax,9
  5d: call 0xFFFFFFFFFFFFFE8C

