;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x24A
  1e: mov rsp,r11
  21: mov ebx,[rbp+0x10]
  24: mov r11,[r15+0x10]
  2b: mov r11,[r11+8]
  33: sub r11,0x20
  3a: jb near 0x254
  40: cmp rbx,r11
  43: ja near 0x254
  49: movdqu xmm0,[r14+rbx+0x10]
  53: mov r11,[r15+0x10]
  5a: mov r11,[r11+8]
  62: sub r11,8
  69: jb near 0x254
  6f: cmp rbx,r11
  72: ja near 0x254
  78: pmovsxbw xmm1,[r14+rbx]
  83: vpaddw xmm0,xmm0,xmm1
  88: mov r11,[r15+0x10]
  8f: mov r11,[r11+8]
  97: sub r11,8
  9e: jb near 0x254
  a4: cmp rbx,r11
  a7: ja near 0x254
  ad: pmovzxwd xmm1,[r14+rbx]
  b8: vpaddd xmm0,xmm0,xmm1
  bd: mov r11,[r15+0x10]
  c4: mov r11,[r11+8]
  cc: sub r11,8
  d3: jb near 0x254
  d9: cmp rbx,r11
  dc: ja near 0x254
  e2: pmovsxdq xmm1,[r14+rbx]
  ed: vpaddq xmm0,xmm0,xmm1
  f2: mov r11,[r15+0x10]
  f9: mov r11,[r11+8]
 101: sub r11,0x41
 108: jb near 0x254
 10e: pinsrb xmm1,[r14+0x40],0
 119: pxor xmm15,xmm15
 11e: pshufb xmm1,xmm15
 124: vpaddb xmm0,xmm0,xmm1
 129: mov r11,[r15+0x10]
 130: mov r11,[r11+8]
 138: sub r11,2
 13f: jb near 0x254
 145: cmp rbx,r11
 148: ja near 0x254
 14e: pinsrw xmm1,[r14+rbx],0
 159: pshuflw xmm1,xmm1,0
 15f: pshufd xmm1,xmm1,0
 165: vpaddw xmm0,xmm0,xmm1
 16a: mov r11,[r15+0x10]
 171: mov r11,[r11+8]
 179: sub r11,4
 180: jb near 0x254
 186: cmp rbx,r11
 189: ja near 0x254
 18f: movd xmm1,[r14+rbx]
 199: pshufd xmm1,xmm1,0
 19f: vpaddd xmm0,xmm0,xmm1
 1a4: mov r11,[r15+0x10]
 1ab: mov r11,[r11+8]
 1b3: sub r11,8
 1ba: jb near 0x254
 1c0: cmp rbx,r11
 1c3: ja near 0x254
 1c9: movq xmm1,[r14+rbx]
 1d3: punpcklqdq xmm1,xmm1
 1d8: vpaddq xmm0,xmm0,xmm1
 1dd: mov r11,[r15+0x10]
 1e4: mov r11,[r11+8]
 1ec: sub r11,4
 1f3: jb near 0x254
 1f9: cmp rbx,r11
 1fc: ja near 0x254
 202: movd xmm1,[r14+rbx]
 20c: vpor xmm0,xmm0,xmm1
 211: mov r11,[r15+0x10]
 218: mov r11,[r11+8]
 220: sub r11,8
 227: jb near 0x254
 22d: cmp rbx,r11
 230: ja near 0x254
 236: movq xmm1,[r14+rbx]
 240: vpor xmm0,xmm0,xmm1
 245: mov rsp,rbp
 248: pop rbp
 249: ret
 24a: mov eax,9
 24f: call 0xFFFFFFFFFFFFFFEF
 254: mov eax,2
 259: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x134
  1e: mov rsp,r11
  21: movdqu xmm0,[rbp+0x18]
  2a: mov eax,[rbp+0x10]
  2d: mov r11,[r15+0x10]
  34: mov r11,[r11+8]
  3c: sub r11,1
  43: jb near 0x13E
  49: cmp rax,r11
  4c: ja near 0x13E
  52: pinsrb xmm0,[r14+rax],3
  5e: movdqu [rbp+0x18],xmm0
  67: movdqu xmm0,[rbp+0x18]
  70: mov eax,[rbp+0x10]
  73: mov r11,[r15+0x10]
  7a: mov r11,[r11+8]
  82: sub r11,2
  89: jb near 0x13E
  8f: cmp rax,r11
  92: ja near 0x13E
  98: pinsrw xmm0,[r14+rax],7
  a3: movdqu [rbp+0x18],xmm0
  ac: movdqu xmm0,[rbp+0x18]
  b5: mov eax,[rbp+0x10]
  b8: mov r11,[r15+0x10]
  bf: mov r11,[r11+8]
  c7: sub r11,4
  ce: jb near 0x13E
  d4: cmp rax,r11
  d7: ja near 0x13E
  dd: pinsrd xmm0,[r14+rax],1
  e9: movdqu [rbp+0x18],xmm0
  f2: movdqu xmm0,[rbp+0x18]
  fb: mov eax,[rbp+0x10]
  fe: mov r11,[r15+0x10]
 105: mov r11,[r11+8]
 10d: sub r11,8
 114: jb near 0x13E
 11a: cmp rax,r11
 11d: ja near 0x13E
 123: pinsrq xmm0,[r14+rax],1
 12f: mov rsp,rbp
 132: pop rbp
 133: ret
 134: mov eax,9
 139: call 0xFFFFFFFFFFFFFD91
 13e: mov eax,2
 143: call 0xFFFFFFFFFFFFFD91

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x155
  1e: mov rsp,r11
  21: movdqu xmm0,[rbp+0x18]
  2a: mov eax,[rbp+0x10]
  2d: mov r11,[r15+0x10]
  34: mov r11,[r11+8]
  3c: sub r11,0x30
  43: jb near 0x15F
  49: cmp rax,r11
  4c: ja near 0x15F
  52: movdqu [r14+rax+0x20],xmm0
  5c: movdqu xmm0,[rbp+0x18]
  65: mov eax,[rbp+0x10]
  68: mov r11,[r15+0x10]
  6f: mov r11,[r11+8]
  77: sub r11,1
  7e: jb near 0x15F
  84: cmp rax,r11
  87: ja near 0x15F
  8d: pextrb [r14+rax],xmm0,0xF
  99: movdqu xmm0,[rbp+0x18]
  a2: mov eax,[rbp+0x10]
  a5: mov r11,[r15+0x10]
  ac: mov r11,[r11+8]
  b4: sub r11,2
  bb: jb near 0x15F
  c1: cmp rax,r11
  c4: ja near 0x15F
  ca: pextrw [r14+rax],xmm0,2
  d6: movdqu xmm0,[rbp+0x18]
  df: mov eax,[rbp+0x10]
  e2: mov r11,[r15+0x10]
  e9: mov r11,[r11+8]
  f1: sub r11,4
  f8: jb near 0x15F
  fe: cmp rax,r11
 101: ja near 0x15F
 107: pextrd [r14+rax],xmm0,0
 113: movdqu xmm0,[rbp+0x18]
 11c: mov eax,[rbp+0x10]
 11f: mov r11,[r15+0x10]
 126: mov r11,[r11+8]
 12e: sub r11,8
 135: jb near 0x15F
 13b: cmp rax,r11
 13e: ja near 0x15F
 144: pextrq [r14+rax],xmm0,1
 150: mov rsp,rbp
 153: pop rbp
 154: ret
 155: mov eax,9
 15a: call 0xFFFFFFFFFFFFFC49
 15f: mov eax,2
 164: call 0xFFFFFFFFFFFFFC49

