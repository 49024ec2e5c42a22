;; func 0 
   0: movsd xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: lea r11,[rsp-0x20]
  12: cmp r11,[r15+0x18]
  16: jb near 0x2D
  1c: mov rsp,r11
  1f: movaps xmm0,xmm1
  23: cvtsd2ss xmm0,xmm0
  28: mov rsp,rbp
  2b: pop rbp
  2c: ret
  2d: mov eax,9
  32: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: movss xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: lea r11,[rsp-0x20]
  12: cmp r11,[r15+0x18]
  16: jb near 0x2D
  1c: mov rsp,r11
  1f: movaps xmm0,xmm1
  23: cvtss2sd xmm0,xmm0
  28: mov rsp,rbp
  2b: pop rbp
  2c: ret
  2d: mov eax,9
  32: call 0xFFFFFFFFFFFFFFB8

;; func 2 
   0: movss xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: lea r11,[rsp-0x20]
  12: cmp r11,[r15+0x18]
  16: jb near 0x29
  1c: mov rsp,r11
  1f: movd eax,xmm1
  24: mov rsp,rbp
  27: pop rbp
  28: ret
  29: mov eax,9
  2e: call 0xFFFFFFFFFFFFFF81

;; func 3 
   0: movsd xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: lea r11,[rsp-0x20]
  12: cmp r11,[r15+0x18]
  16: jb near 0x29
  1c: mov rsp,r11
  1f: movq rax,xmm1
  24: mov rsp,rbp
  27: pop rbp
  28: ret
  29: mov eax,9
  2e: call 0xFFFFFFFFFFFFFF4E

;; func 4 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x20]
  10: cmp r11,[r15+0x18]
  14: jb near 0x27
  1a: mov rsp,r11
  1d: movq xmm0,rdi
  22: mov rsp,rbp
  25: pop rbp
  26: ret
  27: mov eax,9
  2c: call 0xFFFFFFFFFFFFFF1B

;; func 5 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: lea r11,[rsp-0x20]
  11: cmp r11,[r15+0x18]
  15: jb near 0x28
  1b: mov rsp,r11
  1e: movq xmm0,rdi
  23: mov rsp,rbp
  26: pop rbp
  27: ret
  28: mov eax,9
  2d: call 0xFFFFFFFFFFFFFEEA

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
  2d: call 0xFFFFFFFFFFFFFEB8

