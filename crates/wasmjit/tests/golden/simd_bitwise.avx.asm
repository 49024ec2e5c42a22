;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x50]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x96
  1e: mov rsp,r11
  21: movdqu xmm0,[rbp+0x20]
  2a: movdqu xmm1,[rbp+0x10]
  33: vpand xmm1,xmm1,xmm0
  38: movdqu xmm0,[rbp+0x30]
  41: vpor xmm1,xmm1,xmm0
  46: movdqu xmm0,[rbp+0x10]
  4f: vpxor xmm1,xmm1,xmm0
  54: movdqu xmm0,[rbp+0x20]
  5d: vpandn xmm1,xmm0,xmm1
  62: pcmpeqd xmm15,xmm15
  67: vpxor xmm1,xmm1,xmm15
  6c: movdqu xmm0,[rbp+0x30]
  75: movdqu xmm2,[rbp+0x20]
  7e: pxor xmm1,xmm2
  83: pand xmm1,xmm0
  88: pxor xmm1,xmm2
  8d: movaps xmm0,xmm1
  91: mov rsp,rbp
  94: pop rbp
  95: ret
  96: mov eax,9
  9b: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x105
  1e: mov rsp,r11
  21: movdqu xmm0,[rbp+0x10]
  2a: ptest xmm0,xmm0
  30: jne near 0x41
  36: mov eax,0xFFFFFFFF
  3c: jmp 0x100
  41: movdqu xmm0,[rbp+0x10]
  4a: pxor xmm15,xmm15
  4f: pcmpeqb xmm15,xmm0
  54: ptest xmm15,xmm15
  5a: sete al
  5e: movzx eax,al
  62: movdqu xmm0,[rbp+0x10]
  6b: pxor xmm15,xmm15
  70: pcmpeqw xmm15,xmm0
  75: ptest xmm15,xmm15
  7b: sete cl
  7f: movzx ecx,cl
  83: add eax,ecx
  86: movdqu xmm0,[rbp+0x10]
  8f: pxor xmm15,xmm15
  94: pcmpeqd xmm15,xmm0
  99: ptest xmm15,xmm15
  9f: sete cl
  a3: movzx ecx,cl
  a7: add eax,ecx
  aa: movdqu xmm0,[rbp+0x10]
  b3: pxor xmm15,xmm15
  b8: pcmpeqq xmm15,xmm0
  be: ptest xmm15,xmm15
  c4: sete cl
  c8: movzx ecx,cl
  cc: add eax,ecx
  cf: movdqu xmm0,[rbp+0x10]
  d8: ptest xmm0,xmm0
  de: mov [rbp-0x20],rax
  e2: je near 0xF3
  e8: mov eax,0
  ee: jmp 0xF9
  f3: mov eax,1
  f9: add eax,[rbp-0x20]
 100: mov rsp,rbp
 103: pop rbp
 104: ret
 105: mov eax,9
 10a: call 0xFFFFFFFFFFFFFF4F

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x76
  1e: mov rsp,r11
  21: movdqu xmm0,[rbp+0x10]
  2a: pmovmskb eax,xmm0
  2f: movdqu xmm0,[rbp+0x10]
  38: movaps xmm15,xmm0
  3c: packsswb xmm15,xmm15
  41: pmovmskb ecx,xmm15
  46: and ecx,0xFF
  4d: add eax,ecx
  50: movdqu xmm0,[rbp+0x10]
  59: movmskps ecx,xmm0
  5d: add eax,ecx
  60: movdqu xmm0,[rbp+0x10]
  69: movmskpd ecx,xmm0
  6e: add eax,ecx
  71: mov rsp,rbp
  74: pop rbp
  75: ret
  76: mov eax,9
  7b: call 0xFFFFFFFFFFFFFE40

