;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x28
  16: mov rsp,r11
  19: movsd xmm0,[rbp+0x10]
  1e: cvtsd2ss xmm0,xmm0
  23: mov rsp,rbp
  26: pop rbp
  27: ret
  28: mov eax,9
  2d: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x28
  16: mov rsp,r11
  19: movss xmm0,[rbp+0x10]
  1e: cvtss2sd xmm0,xmm0
  23: mov rsp,rbp
  26: pop rbp
  27: ret
  28: mov eax,9
  2d: call 0xFFFFFFFFFFFFFFBD

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x21
  16: mov rsp,r11
  19: mov eax,[rbp+0x10]
  1c: mov rsp,rbp
  1f: pop rbp
  20: ret
  21: mov eax,9
  26: call 0xFFFFFFFFFFFFFF8B

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x22
  16: mov rsp,r11
  19: mov rax,[rbp+0x10]
  1d: mov rsp,rbp
  20: pop rbp
  21: ret
  22: mov eax,9
  27: call 0xFFFFFFFFFFFFFF60

;; func 4 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x23
  16: mov rsp,r11
  19: movsd xmm0,[rbp+0x10]
  1e: mov rsp,rbp
  21: pop rbp
  22: ret
  23: mov eax,9
  28: call 0xFFFFFFFFFFFFFF34

;; func 5 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x23
  16: mov rsp,r11
  19: movsd xmm0,[rbp+0x10]
  1e: mov rsp,rbp
  21: pop rbp
  22: ret
  23: mov eax,9
  28: call 0xFFFFFFFFFFFFFF07

;; func 6 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x28
  16: mov rsp,r11
  19: mov rax,0x3FF0000000000000
  23: mov rsp,rbp
  26: pop rbp
  27: ret
  28: mov eax,9
  2d: call 0xFFFFFFFFFFFFFEDA

