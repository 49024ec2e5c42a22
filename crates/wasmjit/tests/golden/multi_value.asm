;; func 0 pair
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x3A
  16: mov rsp,r11
  19: mov r11,[rbp+0x18]
  1d: mov [rbp-0x10],r11
  21: mov r11,[rbp+0x10]
  25: mov [rbp-0x18],r11
  29: mov r11,[rbp-0x18]
  2d: mov [rbp+0x18],r11
  31: mov rax,[rbp-0x10]
  35: mov rsp,rbp
  38: pop rbp
  39: ret
  3a: mov eax,9
  3f: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x3C
  16: mov rsp,r11
  19: mov r11,[rbp+0x10]
  1d: mov [rbp-0x10],r11
  21: mov dword [rbp-0x18],3
  2d: mov eax,[rbp-0x10]
  30: add eax,[rbp-0x18]
  37: mov rsp,rbp
  3a: pop rbp
  3b: ret
  3c: mov eax,9
  41: call 0xFFFFFFFFFFFFFFAB

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x54
  16: mov rsp,r11
  19: mov r11,[rbp+0x10]
  1d: mov [rbp-0x10],r11
  21: cmp dword [rbp+0x18],0
  2b: je near 0x41
  31: mov eax,[rbp-0x10]
  34: add eax,1
  38: mov [rbp-0x10],rax
  3c: jmp 0x4C
  41: mov eax,[rbp-0x10]
  44: sub eax,2
  48: mov [rbp-0x10],rax
  4c: mov eax,[rbp-0x10]
  4f: mov rsp,rbp
  52: pop rbp
  53: ret
  54: mov eax,9
  59: call 0xFFFFFFFFFFFFFF65

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x49
  16: mov rsp,r11
  19: mov ebx,[rbp+0x10]
  1c: mov [rbp-0x10],rbx
  20: cmp rsp,[r15+0x18]
  24: jb near 0x49
  2a: mov eax,[rbp-0x10]
  2d: sub eax,1
  31: mov ebx,eax
  34: test ebx,ebx
  37: mov [rbp-0x10],rax
  3b: jne near 0x20
  41: mov eax,[rbp-0x10]
  44: mov rsp,rbp
  47: pop rbp
  48: ret
  49: mov eax,9
  4e: call 0xFFFFFFFFFFFFFF07

;; func 4 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x50
  16: mov rsp,r11
  19: mov dword [rsp],1
  25: mov qword [rsp+8],2
  31: call 0xFFFFFFFFFFFFFEC5
  36: mov r11,[rsp+8]
  3e: mov [rbp-0x18],r11
  45: mov eax,0
  4b: mov rsp,rbp
  4e: pop rbp
  4f: ret
  50: mov eax,9
  55: call 0xFFFFFFFFFFFFFEB4

