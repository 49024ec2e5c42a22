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
  14: jb near 0x6C
  1a: mov rsp,r11
  1d: mov [rbp+0x10],rdi
  21: mov r10d,[rbp+0x10]
  25: cmp r10d,0
  2c: jge near 0x3D
  32: mov eax,0
  38: jmp 0x53
  3d: cmp r10d,0x64
  44: jle near 0x50
  4a: mov r10d,0x64
  50: mov eax,r10d
  53: mov r10d,eax
  56: mov eax,r10d
  59: shl eax,2
  5d: add eax,0x40
  61: movss xmm0,[r14+rax]
  67: mov rsp,rbp
  6a: pop rbp
  6b: ret
  6c: call 0xFFFFFFFFFFFFFDF8
  71: jmp 8

;; func 3 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: lea r11,[rsp-0x50]
  14: cmp r11,[r15+0x18]
  18: jb near 0xCD
  1e: mov rsp,r11
  21: mov [rbp+0x10],rdi
  25: mov [rbp+0x18],rsi
  29: mov r10d,[rbp+0x10]
  2d: cmp r10d,0
  34: jge near 0x45
  3a: mov eax,0
  40: jmp 0x5B
  45: cmp r10d,0x64
  4c: jle near 0x58
  52: mov r10d,0x64
  58: mov eax,r10d
  5b: mov r10d,eax
  5e: mov eax,r10d
  61: shl eax,2
  65: add eax,0x40
  69: movss xmm0,[r14+rax]
  6f: mov r10d,[rbp+0x18]
  73: movsd [rbp-0x28],xmm0
  78: cmp r10d,0
  7f: jge near 0x90
  85: mov eax,0
  8b: jmp 0xA6
  90: cmp r10d,0x64
  97: jle near 0xA3
  9d: mov r10d,0x64
  a3: mov eax,r10d
  a6: mov r10d,eax
  a9: mov eax,r10d
  ac: shl eax,2
  b0: add eax,0x40
  b4: movss xmm0,[r14+rax]
  ba: movss xmm1,[rbp-0x28]
  bf: subss xmm1,xmm0
  c4: movaps xmm0,xmm1
  c8: mov rsp,rbp
  cb: pop rbp
  cc: ret
  cd: call 0xFFFFFFFFFFFFFD82
  d2: jmp 0xC

