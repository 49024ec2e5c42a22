;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x40]
  10: cmp r11,[r15+0x18]
  14: jb near 0x243
  1a: mov rsp,r11
  1d: mov r11,[r15+0x10]
  24: mov r11,[r11+8]
  2c: sub r11,0x20
  33: jb near 0x24D
  39: cmp rdi,r11
  3c: ja near 0x24D
  42: movdqu xmm0,[r14+rdi+0x10]
  4c: mov r11,[r15+0x10]
  53: mov r11,[r11+8]
  5b: sub r11,8
  62: jb near 0x24D
  68: cmp rdi,r11
  6b: ja near 0x24D
  71: pmovsxbw xmm1,[r14+rdi]
  7c: vpaddw xmm0,xmm0,xmm1
  81: mov r11,[r15+0x10]
  88: mov r11,[r11+8]
  90: sub r11,8
  97: jb near 0x24D
  9d: cmp rdi,r11
  a0: ja near 0x24D
  a6: pmovzxwd xmm1,[r14+rdi]
  b1: vpaddd xmm0,xmm0,xmm1
  b6: mov r11,[r15+0x10]
  bd: mov r11,[r11+8]
  c5: sub r11,8
  cc: jb near 0x24D
  d2: cmp rdi,r11
  d5: ja near 0x24D
  db: pmovsxdq xmm1,[r14+rdi]
  e6: vpaddq xmm0,xmm0,xmm1
  eb: mov r11,[r15+0x10]
  f2: mov r11,[r11+8]
  fa: sub r11,0x41
 101: jb near 0x24D
 107: pinsrb xmm1,[r14+0x40],0
 112: pxor xmm15,xmm15
 117: pshufb xmm1,xmm15
 11d: vpaddb xmm0,xmm0,xmm1
 122: mov r11,[r15+0x10]
 129: mov r11,[r11+8]
 131: sub r11,2
 138: jb near 0x24D
 13e: cmp rdi,r11
 141: ja near 0x24D
 147: pinsrw xmm1,[r14+rdi],0
 152: pshuflw xmm1,xmm1,0
 158: pshufd xmm1,xmm1,0
 15e: vpaddw xmm0,xmm0,xmm1
 163: mov r11,[r15+0x10]
 16a: mov r11,[r11+8]
 172: sub r11,4
 179: jb near 0x24D
 17f: cmp rdi,r11
 182: ja near 0x24D
 188: movd xmm1,[r14+rdi]
 192: pshufd xmm1,xmm1,0
 198: vpaddd xmm0,xmm0,xmm1
 19d: mov r11,[r15+0x10]
 1a4: mov r11,[r11+8]
 1ac: sub r11,8
 1b3: jb near 0x24D
 1b9: cmp rdi,r11
 1bc: ja near 0x24D
 1c2: movq xmm1,[r14+rdi]
 1cc: punpcklqdq xmm1,xmm1
 1d1: vpaddq xmm0,xmm0,xmm1
 1d6: mov r11,[r15+0x10]
 1dd: mov r11,[r11+8]
 1e5: sub r11,4
 1ec: jb near 0x24D
 1f2: cmp rdi,r11
 1f5: ja near 0x24D
 1fb: movd xmm1,[r14+rdi]
 205: vpor xmm0,xmm0,xmm1
 20a: mov r11,[r15+0x10]
 211: mov r11,[r11+8]
 219: sub r11,8
 220: jb near 0x24D
 226: cmp rdi,r11
 229: ja near 0x24D
 22f: movq xmm1,[r14+rdi]
 239: vpor xmm0,xmm0,xmm1
 23e: mov rsp,rbp
 241: pop rbp
 242: ret
 243: mov eax,9
 248: call 0xFFFFFFFFFFFFFFEF
 24d: mov eax,2
 252: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x40]
  10: cmp r11,[r15+0x18]
  14: jb near 0x124
  1a: mov rsp,r11
  1d: movdqu xmm0,[rbp+0x18]
  26: mov r11,[r15+0x10]
  2d: mov r11,[r11+8]
  35: sub r11,1
  3c: jb near 0x12E
  42: cmp rdi,r11
  45: ja near 0x12E
  4b: pinsrb xmm0,[r14+rdi],3
  57: movdqu [rbp+0x18],xmm0
  60: movdqu xmm0,[rbp+0x18]
  69: mov r11,[r15+0x10]
  70: mov r11,[r11+8]
  78: sub r11,2
  7f: jb near 0x12E
  85: cmp rdi,r11
  88: ja near 0x12E
  8e: pinsrw xmm0,[r14+rdi],7
  99: movdqu [rbp+0x18],xmm0
  a2: movdqu xmm0,[rbp+0x18]
  ab: mov r11,[r15+0x10]
  b2: mov r11,[r11+8]
  ba: sub r11,4
  c1: jb near 0x12E
  c7: cmp rdi,r11
  ca: ja near 0x12E
  d0: pinsrd xmm0,[r14+rdi],1
  dc: movdqu [rbp+0x18],xmm0
  e5: movdqu xmm0,[rbp+0x18]
  ee: mov r11,[r15+0x10]
  f5: mov r11,[r11+8]
  fd: sub r11,8
 104: jb near 0x12E
 10a: cmp rdi,r11
 10d: ja near 0x12E
 113: pinsrq xmm0,[r14+rdi],1
 11f: mov rsp,rbp
 122: pop rbp
 123: ret
 124: mov eax,9
 129: call 0xFFFFFFFFFFFFFD98
 12e: mov eax,2
 133: call 0xFFFFFFFFFFFFFD98

;; func 2 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x142
  1a: mov rsp,r11
  1d: movdqu xmm0,[rbp+0x18]
  26: mov r11,[r15+0x10]
  2d: mov r11,[r11+8]
  35: sub r11,0x30
  3c: jb near 0x14C
  42: cmp rdi,r11
  45: ja near 0x14C
  4b: movdqu [r14+rdi+0x20],xmm0
  55: movdqu xmm0,[rbp+0x18]
  5e: mov r11,[r15+0x10]
  65: mov r11,[r11+8]
  6d: sub r11,1
  74: jb near 0x14C
  7a: cmp rdi,r11
  7d: ja near 0x14C
  83: pextrb [r14+rdi],xmm0,0xF
  8f: movdqu xmm0,[rbp+0x18]
  98: mov r11,[r15+0x10]
  9f: mov r11,[r11+8]
  a7: sub r11,2
  ae: jb near 0x14C
  b4: cmp rdi,r11
  b7: ja near 0x14C
  bd: pextrw [r14+rdi],xmm0,2
  c9: movdqu xmm0,[rbp+0x18]
  d2: mov r11,[r15+0x10]
  d9: mov r11,[r11+8]
  e1: sub r11,4
  e8: jb near 0x14C
  ee: cmp rdi,r11
  f1: ja near 0x14C
  f7: pextrd [r14+rdi],xmm0,0
 103: movdqu xmm0,[rbp+0x18]
 10c: mov r11,[r15+0x10]
 113: mov r11,[r11+8]
 11b: sub r11,8
 122: jb near 0x14C
 128: cmp rdi,r11
 12b: ja near 0x14C
 131: pextrq [r14+rdi],xmm0,1
 13d: mov rsp,rbp
 140: pop rbp
 141: ret
 142: mov eax,9
 147: call 0xFFFFFFFFFFFFFC60
 14c: mov eax,2
 151: call 0xFFFFFFFFFFFFFC60

