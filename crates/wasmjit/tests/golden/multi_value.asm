;; func 0 pair
   0: mov edi,[rsp+8]
   4: mov rsi,[rsp+0x10]
   9: push rbp
   a: mov rbp,rsp
   d: lea r11,[rsp-0x30]
  15: cmp r11,[r15+0x18]
  19: jb near 0x3B
  1f: mov rsp,r11
  22: mov [rbp-0x10],rsi
  26: mov [rbp-0x18],rdi
  2a: mov r11,[rbp-0x18]
  2e: mov [rbp+0x18],r11
  32: mov rax,[rbp-0x10]
  36: mov rsp,rbp
  39: pop rbp
  3a: ret
  3b: mov eax,9
  40: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x37
  1a: mov rsp,r11
  1d: mov [rbp-0x10],rdi
  21: mov dword [rbp-0x18],3
  28: mov eax,[rbp-0x10]
  2b: add eax,[rbp-0x18]
  32: mov rsp,rbp
  35: pop rbp
  36: ret
  37: mov eax,9
  3c: call 0xFFFFFFFFFFFFFFAA

;; func 2 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: lea r11,[rsp-0x30]
  14: cmp r11,[r15+0x18]
  18: jb near 0x51
  1e: mov rsp,r11
  21: mov [rbp-0x10],rdi
  25: test esi,esi
  28: je near 0x3E
  2e: mov eax,[rbp-0x10]
  31: add eax,1
  35: mov [rbp-0x10],rax
  39: jmp 0x49
  3e: mov eax,[rbp-0x10]
  41: sub eax,2
  45: mov [rbp-0x10],rax
  49: mov eax,[rbp-0x10]
  4c: mov rsp,rbp
  4f: pop rbp
  50: ret
  51: mov eax,9
  56: call 0xFFFFFFFFFFFFFF69

;; func 3 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x4A
  1a: mov rsp,r11
  1d: mov [rbp-0x10],rdi
  21: cmp rsp,[r15+0x18]
  25: jb near 0x4A
  2b: mov eax,[rbp-0x10]
  2e: sub eax,1
  32: mov edi,eax
  35: test edi,edi
  38: mov [rbp-0x10],rax
  3c: jne near 0x21
  42: mov eax,[rbp-0x10]
  45: mov rsp,rbp
  48: pop rbp
  49: ret
  4a: mov eax,9
  4f: call 0xFFFFFFFFFFFFFF0E

;; func 4 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x44
  16: mov rsp,r11
  19: mov edi,1
  1f: mov esi,2
  25: call 0xFFFFFFFFFFFFFED4
  2a: mov r11,[rsp+8]
  32: mov [rbp-0x18],r11
  39: mov eax,0
  3f: mov rsp,rbp
  42: pop rbp
  43: ret
  44: mov eax,9
  49: call 0xFFFFFFFFFFFFFEBA

