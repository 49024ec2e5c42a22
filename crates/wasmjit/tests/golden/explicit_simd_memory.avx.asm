;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x40
   f: mov r11,[r15+0x10]
  16: mov r11,[r11+8]
  1e: sub r11,0x20
  25: jb near 0x210
  2b: cmp rdi,r11
  2e: ja near 0x210
  34: movdqu xmm0,[r14+rdi+0x10]
  3e: mov r11,[r15+0x10]
  45: mov r11,[r11+8]
  4d: sub r11,8
  54: jb near 0x210
  5a: cmp rdi,r11
  5d: ja near 0x210
  63: pmovsxbw xmm1,[r14+rdi]
  6e: vpaddw xmm0,xmm0,xmm1
  73: mov r11,[r15+0x10]
  7a: mov r11,[r11+8]
  82: sub r11,8
  89: jb near 0x210
  8f: cmp rdi,r11
  92: ja near 0x210
  98: pmovzxwd xmm1,[r14+rdi]
  a3: vpaddd xmm0,xmm0,xmm1
  a8: mov r11,[r15+0x10]
  af: mov r11,[r11+8]
  b7: sub r11,8
  be: jb near 0x210
  c4: cmp rdi,r11
  c7: ja near 0x210
  cd: pmovsxdq xmm1,[r14+rdi]
  d8: vpaddq xmm0,xmm0,xmm1
  dd: mov r11,[r15+0x10]
  e4: mov r11,[r11+8]
  ec: sub r11,0x41
  f3: jb near 0x210
  f9: vpbroadcastb xmm1,[r14+0x40]
 102: vpaddb xmm0,xmm0,xmm1
 107: mov r11,[r15+0x10]
 10e: mov r11,[r11+8]
 116: sub r11,2
 11d: jb near 0x210
 123: cmp rdi,r11
 126: ja near 0x210
 12c: vpbroadcastw xmm1,[r14+rdi]
 136: vpaddw xmm0,xmm0,xmm1
 13b: mov r11,[r15+0x10]
 142: mov r11,[r11+8]
 14a: sub r11,4
 151: jb near 0x210
 157: cmp rdi,r11
 15a: ja near 0x210
 160: vpbroadcastd xmm1,[r14+rdi]
 16a: vpaddd xmm0,xmm0,xmm1
 16f: mov r11,[r15+0x10]
 176: mov r11,[r11+8]
 17e: sub r11,8
 185: jb near 0x210
 18b: cmp rdi,r11
 18e: ja near 0x210
 194: vpbroadcastq xmm1,[r14+rdi]
 19e: vpaddq xmm0,xmm0,xmm1
 1a3: mov r11,[r15+0x10]
 1aa: mov r11,[r11+8]
 1b2: sub r11,4
 1b9: jb near 0x210
 1bf: cmp rdi,r11
 1c2: ja near 0x210
 1c8: movd xmm1,[r14+rdi]
 1d2: vpor xmm0,xmm0,xmm1
 1d7: mov r11,[r15+0x10]
 1de: mov r11,[r11+8]
 1e6: sub r11,8
 1ed: jb near 0x210
 1f3: cmp rdi,r11
 1f6: ja near 0x210
 1fc: movq xmm1,[r14+rdi]
 206: vpor xmm0,xmm0,xmm1
 20b: mov rsp,rbp
 20e: pop rbp
 20f: ret
 210: mov eax,2
 215: call 0xFFFFFFFFFFFFFE51

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
 11b: call 0xFFFFFFFFFFFFFC37

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
 139: call 0xFFFFFFFFFFFFFB17

