;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x40
   f: mov r11,[r15+0x10]
  16: mov r11,[r11+8]
  1e: sub r11,0x20
  25: jb near 0x230
  2b: cmp rdi,r11
  2e: ja near 0x230
  34: movdqu xmm0,[r14+rdi+0x10]
  3e: mov r11,[r15+0x10]
  45: mov r11,[r11+8]
  4d: sub r11,8
  54: jb near 0x230
  5a: cmp rdi,r11
  5d: ja near 0x230
  63: pmovsxbw xmm1,[r14+rdi]
  6e: paddw xmm0,xmm1
  73: mov r11,[r15+0x10]
  7a: mov r11,[r11+8]
  82: sub r11,8
  89: jb near 0x230
  8f: cmp rdi,r11
  92: ja near 0x230
  98: pmovzxwd xmm1,[r14+rdi]
  a3: paddd xmm0,xmm1
  a8: mov r11,[r15+0x10]
  af: mov r11,[r11+8]
  b7: sub r11,8
  be: jb near 0x230
  c4: cmp rdi,r11
  c7: ja near 0x230
  cd: pmovsxdq xmm1,[r14+rdi]
  d8: paddq xmm0,xmm1
  dd: mov r11,[r15+0x10]
  e4: mov r11,[r11+8]
  ec: sub r11,0x41
  f3: jb near 0x230
  f9: pinsrb xmm1,[r14+0x40],0
 104: pxor xmm15,xmm15
 109: pshufb xmm1,xmm15
 10f: paddb xmm0,xmm1
 114: mov r11,[r15+0x10]
 11b: mov r11,[r11+8]
 123: sub r11,2
 12a: jb near 0x230
 130: cmp rdi,r11
 133: ja near 0x230
 139: pinsrw xmm1,[r14+rdi],0
 144: pshuflw xmm1,xmm1,0
 14a: pshufd xmm1,xmm1,0
 150: paddw xmm0,xmm1
 155: mov r11,[r15+0x10]
 15c: mov r11,[r11+8]
 164: sub r11,4
 16b: jb near 0x230
 171: cmp rdi,r11
 174: ja near 0x230
 17a: movd xmm1,[r14+rdi]
 184: pshufd xmm1,xmm1,0
 18a: paddd xmm0,xmm1
 18f: mov r11,[r15+0x10]
 196: mov r11,[r11+8]
 19e: sub r11,8
 1a5: jb near 0x230
 1ab: cmp rdi,r11
 1ae: ja near 0x230
 1b4: movddup xmm1,[r14+rdi]
 1be: paddq xmm0,xmm1
 1c3: mov r11,[r15+0x10]
 1ca: mov r11,[r11+8]
 1d2: sub r11,4
 1d9: jb near 0x230
 1df: cmp rdi,r11
 1e2: ja near 0x230
 1e8: movd xmm1,[r14+rdi]
 1f2: por xmm0,xmm1
 1f7: mov r11,[r15+0x10]
 1fe: mov r11,[r11+8]
 206: sub r11,8
 20d: jb near 0x230
 213: cmp rdi,r11
 216: ja near 0x230
 21c: movq xmm1,[r14+rdi]
 226: por xmm0,xmm1
 22b: mov rsp,rbp
 22e: pop rbp
 22f: ret
 230: mov eax,2
 235: call 0xFFFFFFFFFFFFFE51

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x40
   f: movdqu xmm0,[rbp+0x18]
  18: mov r11,[r15+0x10]
  1f: mov r11,[r11+8]
  27: sub r11,1
  2e: jb near 0x116
  34: cmp rdi,r11
  37: ja near 0x116
  3d: pinsrb xmm0,[r14+rdi],3
  49: movdqu [rbp+0x18],xmm0
  52: movdqu xmm0,[rbp+0x18]
  5b: mov r11,[r15+0x10]
  62: mov r11,[r11+8]
  6a: sub r11,2
  71: jb near 0x116
  77: cmp rdi,r11
  7a: ja near 0x116
  80: pinsrw xmm0,[r14+rdi],7
  8b: movdqu [rbp+0x18],xmm0
  94: movdqu xmm0,[rbp+0x18]
  9d: mov r11,[r15+0x10]
  a4: mov r11,[r11+8]
  ac: sub r11,4
  b3: jb near 0x116
  b9: cmp rdi,r11
  bc: ja near 0x116
  c2: pinsrd xmm0,[r14+rdi],1
  ce: movdqu [rbp+0x18],xmm0
  d7: movdqu xmm0,[rbp+0x18]
  e0: mov r11,[r15+0x10]
  e7: mov r11,[r11+8]
  ef: sub r11,8
  f6: jb near 0x116
  fc: cmp rdi,r11
  ff: ja near 0x116
 105: pinsrq xmm0,[r14+rdi],1
 111: mov rsp,rbp
 114: pop rbp
 115: ret
 116: mov eax,2
 11b: call 0xFFFFFFFFFFFFFC17

;; func 2 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: movdqu xmm0,[rbp+0x18]
  18: mov r11,[r15+0x10]
  1f: mov r11,[r11+8]
  27: sub r11,0x30
  2e: jb near 0x134
  34: cmp rdi,r11
  37: ja near 0x134
  3d: movdqu [r14+rdi+0x20],xmm0
  47: movdqu xmm0,[rbp+0x18]
  50: mov r11,[r15+0x10]
  57: mov r11,[r11+8]
  5f: sub r11,1
  66: jb near 0x134
  6c: cmp rdi,r11
  6f: ja near 0x134
  75: pextrb [r14+rdi],xmm0,0xF
  81: movdqu xmm0,[rbp+0x18]
  8a: mov r11,[r15+0x10]
  91: mov r11,[r11+8]
  99: sub r11,2
  a0: jb near 0x134
  a6: cmp rdi,r11
  a9: ja near 0x134
  af: pextrw [r14+rdi],xmm0,2
  bb: movdqu xmm0,[rbp+0x18]
  c4: mov r11,[r15+0x10]
  cb: mov r11,[r11+8]
  d3: sub r11,4
  da: jb near 0x134
  e0: cmp rdi,r11
  e3: ja near 0x134
  e9: pextrd [r14+rdi],xmm0,0
  f5: movdqu xmm0,[rbp+0x18]
  fe: mov r11,[r15+0x10]
 105: mov r11,[r11+8]
 10d: sub r11,8
 114: jb near 0x134
 11a: cmp rdi,r11
 11d: ja near 0x134
 123: pextrq [r14+rdi],xmm0,1
 12f: mov rsp,rbp
 132: pop rbp
 133: ret
 134: mov eax,2
 139: call 0xFFFFFFFFFFFFFAF7

