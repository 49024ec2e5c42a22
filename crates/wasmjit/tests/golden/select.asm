;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x32
  16: mov rsp,r11
  19: cmp dword [rbp+0x20],0
  23: mov eax,[rbp+0x10]
  26: mov ecx,[rbp+0x18]
  29: cmove rax,rcx
  2d: mov rsp,rbp
  30: pop rbp
  31: ret
  32: mov eax,9
  37: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: cmp r11,[r15+0x18]
  10: jb near 0x32
  16: mov rsp,r11
  19: mov eax,[rbp+0x10]
  1c: cmp eax,[rbp+0x18]
  23: mov eax,[rbp+0x10]
  26: mov ecx,[rbp+0x18]
  29: cmovae rax,rcx
  2d: mov rsp,rbp
  30: pop rbp
  31: ret
  32: mov eax,9
  37: call 0xFFFFFFFFFFFFFFB3

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x38
  16: mov rsp,r11
  19: cmp dword [rbp+0x20],0
  23: movsd xmm0,[rbp+0x10]
  28: jne near 0x33
  2e: movsd xmm0,[rbp+0x18]
  33: mov rsp,rbp
  36: pop rbp
  37: ret
  38: mov eax,9
  3d: call 0xFFFFFFFFFFFFFF77

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x38
  16: mov rsp,r11
  19: cmp dword [rbp+0x20],0
  23: movss xmm0,[rbp+0x10]
  28: jne near 0x33
  2e: movss xmm0,[rbp+0x18]
  33: mov rsp,rbp
  36: pop rbp
  37: ret
  38: mov eax,9
  3d: call 0xFFFFFFFFFFFFFF35

;; func 4 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x22
  16: mov rsp,r11
  19: mov rax,[rbp+0x18]
  1d: mov rsp,rbp
  20: pop rbp
  21: ret
  22: mov eax,9
  27: call 0xFFFFFFFFFFFFFEF3

