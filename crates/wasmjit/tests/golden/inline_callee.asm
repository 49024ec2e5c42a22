;; func 0 get
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: sub rsp,0x30
  13: mov eax,esi
  16: shl eax,2
  1a: add eax,edi
  1d: movss xmm0,[r14+rax]
  23: mov rsp,rbp
  26: pop rbp
  27: ret

;; func 1 clamp
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: cmp edi,0
  16: jge near 0x27
  1c: mov eax,0
  22: jmp 0x3D
  27: cmp edi,0x64
  2e: jle near 0x3A
  34: mov edi,0x64
  3a: mov eax,edi
  3d: mov rsp,rbp
  40: pop rbp
  41: ret

;; func 2 center
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x40]
  10: cmp r11,[r15+0x18]
  14: jb near 0x6B
  1a: mov rsp,r11
  1d: mov [rbp+0x10],rdi
  21: mov ebx,[rbp+0x10]
  24: cmp ebx,0
  2b: jge near 0x3C
  31: mov eax,0
  37: jmp 0x52
  3c: cmp ebx,0x64
  43: jle near 0x4F
  49: mov ebx,0x64
  4f: mov eax,ebx
  52: mov ebx,eax
  55: mov eax,ebx
  58: shl eax,2
  5c: add eax,0x40
  60: movss xmm0,[r14+rax]
  66: mov rsp,rbp
  69: pop rbp
  6a: ret
  6b: call 0xFFFFFFFFFFFFFDF8
  70: jmp 8

;; func 3 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: lea r11,[rsp-0x50]
  14: cmp r11,[r15+0x18]
  18: jb near 0xCB
  1e: mov rsp,r11
  21: mov [rbp+0x10],rdi
  25: mov [rbp+0x18],rsi
  29: mov ebx,[rbp+0x10]
  2c: cmp ebx,0
  33: jge near 0x44
  39: mov eax,0
  3f: jmp 0x5A
  44: cmp ebx,0x64
  4b: jle near 0x57
  51: mov ebx,0x64
  57: mov eax,ebx
  5a: mov ebx,eax
  5d: mov eax,ebx
  60: shl eax,2
  64: add eax,0x40
  68: movss xmm0,[r14+rax]
  6e: mov ebx,[rbp+0x18]
  71: movsd [rbp-0x28],xmm0
  76: cmp ebx,0
  7d: jge near 0x8E
  83: mov eax,0
  89: jmp 0xA4
  8e: cmp ebx,0x64
  95: jle near 0xA1
  9b: mov ebx,0x64
  a1: mov eax,ebx
  a4: mov ebx,eax
  a7: mov eax,ebx
  aa: shl eax,2
  ae: add eax,0x40
  b2: movss xmm0,[r14+rax]
  b8: movss xmm1,[rbp-0x28]
  bd: subss xmm1,xmm0
  c2: movaps xmm0,xmm1
  c6: mov rsp,rbp
  c9: pop rbp
  ca: ret
  cb: call 0xFFFFFFFFFFFFFD83
  d0: jmp 0xC

