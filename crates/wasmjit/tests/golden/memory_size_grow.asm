;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x20
   b: mov rax,[r15+0x10]
  12: mov rax,[rax+8]
  1a: shr rax,0x10
  1e: mov rsp,rbp
  21: pop rbp
  22: ret

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x20]
  10: cmp r11,[r15+0x18]
  14: jb near 0x3D
  1a: mov rsp,r11
  1d: mov [rbp+0x10],rdi
  21: mov esi,[rbp+0x10]
  24: mov rdi,[r15+0x10]
  2b: mov rax,[r15+0x28]
  32: call qword [rax+8]
  38: mov rsp,rbp
  3b: pop rbp
  3c: ret
  3d: call 0xFFFFFFFFFFFFFE3F
  42: jmp 8

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x4E
  16: mov rsp,r11
  19: mov esi,1
  1f: mov rdi,[r15+0x10]
  26: mov rax,[r15+0x28]
  2d: call qword [rax+8]
  33: mov rcx,[r15+0x10]
  3a: mov rcx,[rcx+8]
  42: shr rcx,0x10
  46: add eax,ecx
  49: mov rsp,rbp
  4c: pop rbp
  4d: ret
  4e: call 0xFFFFFFFFFFFFFDF8
  53: jmp 4

