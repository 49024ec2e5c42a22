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
  10: jb near 0x11F
  16: mov rsp,r11
  19: movdqu xmm0,[rel 0x12B]
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
  95: mov r11,[r15+0x40]
  9c: movdqu xmm1,[r11]
  a3: movdqu xmm2,[rbp-0x20]
  ac: vpxor xmm1,xmm1,xmm2
  b1: mov r11,[r15+0x40]
  b8: movdqu [r11],xmm1
  bf: movdqu [rbp-0x30],xmm0
  c8: cmp dword [rbp+0x20],0
  d2: movdqu xmm0,[rbp+0x10]
  db: jne near 0xEF
  e1: mov r11,[r15+0x40]
  e8: movdqu xmm0,[r11]
  ef: cmp dword [rbp+0x20],0
  f9: jne near 0x108
  ff: movdqu xmm0,[rbp-0x20]
 108: movdqu xmm1,[rbp-0x30]
 111: vpor xmm1,xmm1,xmm0
 116: movaps xmm0,xmm1
 11a: mov rsp,rbp
 11d: pop rbp
 11e: ret
 11f: mov eax,9
 124: call 0xFFFFFFFFFFFFFF6A
 129: int3
 12a: int3
 12b: add [rax],eax
 12d: add [rax],al
 12f: add [rax],al
 131: add [rax],al
 133: add al,[rax]
 135: add [rax],al
 137: add [rax],al
 139: add [rax],al

