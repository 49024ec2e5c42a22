;; func 0 
   0: mov edi,[rsp+8]
   4: mov rsi,[rsp+0x10]
   9: push rbp
   a: mov rbp,rsp
   d: sub rsp,0x20
  14: mov eax,esi
  17: mov r11,[r15+0x10]
  1e: mov r11,[r11+8]
  26: sub r11,4
  2d: jb near 0x1C7
  33: cmp rdi,r11
  36: ja near 0x1C7
  3c: mov [r14+rdi],eax
  44: mov eax,esi
  47: mov r11,[r15+0x10]
  4e: mov r11,[r11+8]
  56: sub r11,2
  5d: jb near 0x1C7
  63: cmp rdi,r11
  66: ja near 0x1C7
  6c: mov [r14+rdi+1],al
  74: mov eax,esi
  77: mov r11,[r15+0x10]
  7e: mov r11,[r11+8]
  86: sub r11,4
  8d: jb near 0x1C7
  93: cmp rdi,r11
  96: ja near 0x1C7
  9c: mov [r14+rdi+2],ax
  a5: mov r11,[r15+0x10]
  ac: mov r11,[r11+8]
  b4: sub r11,0x10
  bb: jb near 0x1C7
  c1: cmp rdi,r11
  c4: ja near 0x1C7
  ca: mov [r14+rdi+8],rsi
  d2: mov r11,[r15+0x10]
  d9: mov r11,[r11+8]
  e1: sub r11,1
  e8: jb near 0x1C7
  ee: cmp rdi,r11
  f1: ja near 0x1C7
  f7: mov [r14+rdi],sil
  ff: mov r11,[r15+0x10]
 106: mov r11,[r11+8]
 10e: sub r11,2
 115: jb near 0x1C7
 11b: cmp rdi,r11
 11e: ja near 0x1C7
 124: mov [r14+rdi],si
 12d: mov r11,[r15+0x10]
 134: mov r11,[r11+8]
 13c: sub r11,4
 143: jb near 0x1C7
 149: cmp rdi,r11
 14c: ja near 0x1C7
 152: mov [r14+rdi],esi
 15a: mov r11,[r15+0x10]
 161: mov r11,[r11+8]
 169: sub r11,8
 170: jb near 0x1C7
 176: cmp rdi,r11
 179: ja near 0x1C7
 17f: mov dword [r14+rdi+4],0x4D
 18b: mov rax,0x123456789A
 195: mov r11,[r15+0x10]
 19c: mov r11,[r11+8]
 1a4: sub r11,8
 1ab: jb near 0x1C7
 1b1: cmp rdi,r11
 1b4: ja near 0x1C7
 1ba: mov [r14+rdi],rax
 1c2: mov rsp,rbp
 1c5: pop rbp
 1c6: ret
 1c7: mov eax,2
 1cc: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: mov edi,[rsp+8]
   4: movsd xmm1,[rsp+0x10]
   a: push rbp
   b: mov rbp,rsp
   e: sub rsp,0x20
  15: mov r11,[r15+0x10]
  1c: mov r11,[r11+8]
  24: sub r11,8
  2b: jb near 0xB5
  31: cmp rdi,r11
  34: ja near 0xB5
  3a: movsd [r14+rdi],xmm1
  44: movaps xmm0,xmm1
  48: cvtsd2ss xmm0,xmm0
  4d: mov r11,[r15+0x10]
  54: mov r11,[r11+8]
  5c: sub r11,0xC
  63: jb near 0xB5
  69: cmp rdi,r11
  6c: ja near 0xB5
  72: movss [r14+rdi+8],xmm0
  7c: mov r11,0x3FF8000000000000
  86: movq xmm0,r11
  8b: mov r11,[r15+0x10]
  92: mov r11,[r11+8]
  9a: sub r11,0x18
  a1: jb near 0xB5
  a7: movsd [r14+0x10],xmm0
  b0: mov rsp,rbp
  b3: pop rbp
  b4: ret
  b5: mov eax,2
  ba: call 0xFFFFFFFFFFFFFE1E

