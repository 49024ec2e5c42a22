;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x20
   b: mov rax,[r15+0x10]
   f: mov rax,[rax+8]
  13: shr rax,0x10
  17: mov rsp,rbp
  1a: pop rbp
  1b: ret

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x20]
  10: cmp r11,[r15+0x18]
  14: jb near 0x3A
  1a: mov rsp,r11
  1d: mov [rbp+0x10],rdi
  21: mov esi,[rbp+0x10]
  24: mov rdi,[r15+0x10]
  28: mov rax,[r15+0x28]
  2f: call qword [rax+8]
  35: mov rsp,rbp
  38: pop rbp
  39: ret
  3a: call 0xFFFFFFFFFFFFFE46
  3f: jmp 8

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x44
  16: mov rsp,r11
  19: mov esi,1
  1f: mov rdi,[r15+0x10]
  23: mov rax,[r15+0x28]
  2a: call qword [rax+8]
  30: mov rcx,[r15+0x10]
  34: mov rcx,[rcx+8]
  38: shr rcx,0x10
  3c: add eax,ecx
  3f: mov rsp,rbp
  42: pop rbp
  43: ret
  44: call 0xFFFFFFFFFFFFFE02
  49: jmp 4

