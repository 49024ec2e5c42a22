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
  27: mov rsp,rbp
  2a: pop rbp
  2b: ret

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
  14: jb near 0x6F
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
  6a: mov rsp,rbp
  6d: pop rbp
  6e: ret
  6f: mov eax,9
  74: call 0xFFFFFFFFFFFFFF81

;; func 3 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: lea r11,[rsp-0x50]
  14: cmp r11,[r15+0x18]
  18: jb near 0xD3
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
  72: mov ebx,[rbp+0x18]
  75: movsd [rbp-0x28],xmm0
  7a: cmp ebx,0
  81: jge near 0x92
  87: mov eax,0
  8d: jmp 0xA8
  92: cmp ebx,0x64
  99: jle near 0xA5
  9f: mov ebx,0x64
  a5: mov eax,ebx
  a8: mov ebx,eax
  ab: mov eax,ebx
  ae: shl eax,2
  b2: add eax,0x40
  b6: movss xmm0,[r14+rax]
  c0: movss xmm1,[rbp-0x28]
  c5: subss xmm1,xmm0
  ca: movaps xmm0,xmm1
  ce: mov rsp,rbp
  d1: pop rbp
  d2: ret
  d3: mov eax,9
  d8: call 0xFFFFFFFFFFFFFF08

