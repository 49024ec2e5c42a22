;; func 0 pair
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x50]
   c: cmp r11,[r15+0x18]
  10: jb near 0x7B
  16: mov rsp,r11
  19: mov r11,[rbp+0x28]
  20: mov [rbp-0x20],r11
  27: mov r11,[rbp+0x30]
  2e: mov [rbp-0x18],r11
  35: mov r11,[rbp+0x10]
  3c: mov [rbp-0x30],r11
  43: mov r11,[rbp+0x18]
  4a: mov [rbp-0x28],r11
  51: mov r11,[rbp-0x30]
  58: mov [rbp+0x20],r11
  5f: mov r11,[rbp-0x28]
  66: mov [rbp+0x28],r11
  6d: movdqu xmm0,[rbp-0x20]
  76: mov rsp,rbp
  79: pop rbp
  7a: ret
  7b: mov eax,9
  80: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x90]
   c: cmp r11,[r15+0x18]
  10: jb near 0x110
  16: mov rsp,r11
  19: movdqu xmm0,[rel 0x11B]
  22: mov r11,[rbp+0x10]
  29: mov [rsp],r11
  31: mov r11,[rbp+0x18]
  38: mov [rsp+8],r11
  40: mov dword [rsp+0x10],7
  4c: movdqu [rsp+0x18],xmm0
  56: call 0xFFFFFFFFFFFFFF7B
  5b: mov r11,[rsp+0x10]
  63: mov [rbp-0x40],r11
  6a: mov r11,[rsp+0x18]
  72: mov [rbp-0x38],r11
  79: mov r11,[rbp-0x40]
  80: mov [rbp-0x20],r11
  87: mov r11,[rbp-0x38]
  8e: mov [rbp-0x18],r11
  95: movdqu xmm1,[r15+0x40]
  9e: movdqu xmm2,[rbp-0x20]
  a7: vpxor xmm1,xmm1,xmm2
  ac: movdqu [r15+0x40],xmm1
  b5: movdqu [rbp-0x30],xmm0
  be: cmp dword [rbp+0x20],0
  c8: movdqu xmm0,[rbp+0x10]
  d1: jne near 0xE0
  d7: movdqu xmm0,[r15+0x40]
  e0: cmp dword [rbp+0x20],0
  ea: jne near 0xF9
  f0: movdqu xmm0,[rbp-0x20]
  f9: movdqu xmm1,[rbp-0x30]
 102: vpor xmm1,xmm1,xmm0
 107: movaps xmm0,xmm1
 10b: mov rsp,rbp
 10e: pop rbp
 10f: ret
 110: mov eax,9
 115: call 0xFFFFFFFFFFFFFF6A
 11a: int3
 11b: add [rax],eax
 11d: add [rax],al
 11f: add [rax],al
 121: add [rax],al
 123: add al,[rax]
 125: add [rax],al
 127: add [rax],al
 129: add [rax],al

