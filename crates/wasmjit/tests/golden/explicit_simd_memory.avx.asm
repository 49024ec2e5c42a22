;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: cmp r11,[r15+0x18]
  10: jb near 0x242
  16: mov rsp,r11
  19: mov ebx,[rbp+0x10]
  1c: mov r11,[r15+0x10]
  23: mov r11,[r11+8]
  2b: sub r11,0x20
  32: jb near 0x24C
  38: cmp rbx,r11
  3b: ja near 0x24C
  41: movdqu xmm0,[r14+rbx+0x10]
  4b: mov r11,[r15+0x10]
  52: mov r11,[r11+8]
  5a: sub r11,8
  61: jb near 0x24C
  67: cmp rbx,r11
  6a: ja near 0x24C
  70: pmovsxbw xmm1,[r14+rbx]
  7b: vpaddw xmm0,xmm0,xmm1
  80: mov r11,[r15+0x10]
  87: mov r11,[r11+8]
  8f: sub r11,8
  96: jb near 0x24C
  9c: cmp rbx,r11
  9f: ja near 0x24C
  a5: pmovzxwd xmm1,[r14+rbx]
  b0: vpaddd xmm0,xmm0,xmm1
  b5: mov r11,[r15+0x10]
  bc: mov r11,[r11+8]
  c4: sub r11,8
  cb: jb near 0x24C
  d1: cmp rbx,r11
  d4: ja near 0x24C
  da: pmovsxdq xmm1,[r14+rbx]
  e5: vpaddq xmm0,xmm0,xmm1
  ea: mov r11,[r15+0x10]
  f1: mov r11,[r11+8]
  f9: sub r11,0x41
 100: jb near 0x24C
 106: pinsrb xmm1,[r14+0x40],0
 111: pxor xmm15,xmm15
 116: pshufb xmm1,xmm15
 11c: vpaddb xmm0,xmm0,xmm1
 121: mov r11,[r15+0x10]
 128: mov r11,[r11+8]
 130: sub r11,2
 137: jb near 0x24C
 13d: cmp rbx,r11
 140: ja near 0x24C
 146: pinsrw xmm1,[r14+rbx],0
 151: pshuflw xmm1,xmm1,0
 157: pshufd xmm1,xmm1,0
 15d: vpaddw xmm0,xmm0,xmm1
 162: mov r11,[r15+0x10]
 169: mov r11,[r11+8]
 171: sub r11,4
 178: jb near 0x24C
 17e: cmp rbx,r11
 181: ja near 0x24C
 187: movd xmm1,[r14+rbx]
 191: pshufd xmm1,xmm1,0
 197: vpaddd xmm0,xmm0,xmm1
 19c: mov r11,[r15+0x10]
 1a3: mov r11,[r11+8]
 1ab: sub r11,8
 1b2: jb near 0x24C
 1b8: cmp rbx,r11
 1bb: ja near 0x24C
 1c1: movq xmm1,[r14+rbx]
 1cb: punpcklqdq xmm1,xmm1
 1d0: vpaddq xmm0,xmm0,xmm1
 1d5: mov r11,[r15+0x10]
 1dc: mov r11,[r11+8]
 1e4: sub r11,4
 1eb: jb near 0x24C
 1f1: cmp rbx,r11
 1f4: ja near 0x24C
 1fa: movd xmm1,[r14+rbx]
 204: vpor xmm0,xmm0,xmm1
 209: mov r11,[r15+0x10]
 210: mov r11,[r11+8]
 218: sub r11,8
 21f: jb near 0x24C
 225: cmp rbx,r11
 228: ja near 0x24C
 22e: movq xmm1,[r14+rbx]
 238: vpor xmm0,xmm0,xmm1
 23d: mov rsp,rbp
 240: pop rbp
 241: ret
 242: mov eax,9
 247: call 0xFFFFFFFFFFFFFFEF
 24c: mov eax,2
 251: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: cmp r11,[r15+0x18]
  10: jb near 0x12C
  16: mov rsp,r11
  19: movdqu xmm0,[rbp+0x18]
  22: mov eax,[rbp+0x10]
  25: mov r11,[r15+0x10]
  2c: mov r11,[r11+8]
  34: sub r11,1
  3b: jb near 0x136
  41: cmp rax,r11
  44: ja near 0x136
  4a: pinsrb xmm0,[r14+rax],3
  56: movdqu [rbp+0x18],xmm0
  5f: movdqu xmm0,[rbp+0x18]
  68: mov eax,[rbp+0x10]
  6b: mov r11,[r15+0x10]
  72: mov r11,[r11+8]
  7a: sub r11,2
  81: jb near 0x136
  87: cmp rax,r11
  8a: ja near 0x136
  90: pinsrw xmm0,[r14+rax],7
  9b: movdqu [rbp+0x18],xmm0
  a4: movdqu xmm0,[rbp+0x18]
  ad: mov eax,[rbp+0x10]
  b0: mov r11,[r15+0x10]
  b7: mov r11,[r11+8]
  bf: sub r11,4
  c6: jb near 0x136
  cc: cmp rax,r11
  cf: ja near 0x136
  d5: pinsrd xmm0,[r14+rax],1
  e1: movdqu [rbp+0x18],xmm0
  ea: movdqu xmm0,[rbp+0x18]
  f3: mov eax,[rbp+0x10]
  f6: mov r11,[r15+0x10]
  fd: mov r11,[r11+8]
 105: sub r11,8
 10c: jb near 0x136
 112: cmp rax,r11
 115: ja near 0x136
 11b: pinsrq xmm0,[r14+rax],1
 127: mov rsp,rbp
 12a: pop rbp
 12b: ret
 12c: mov eax,9
 131: call 0xFFFFFFFFFFFFFD99
 136: mov eax,2
 13b: call 0xFFFFFFFFFFFFFD99

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x14D
  16: mov rsp,r11
  19: movdqu xmm0,[rbp+0x18]
  22: mov eax,[rbp+0x10]
  25: mov r11,[r15+0x10]
  2c: mov r11,[r11+8]
  34: sub r11,0x30
  3b: jb near 0x157
  41: cmp rax,r11
  44: ja near 0x157
  4a: movdqu [r14+rax+0x20],xmm0
  54: movdqu xmm0,[rbp+0x18]
  5d: mov eax,[rbp+0x10]
  60: mov r11,[r15+0x10]
  67: mov r11,[r11+8]
  6f: sub r11,1
  76: jb near 0x157
  7c: cmp rax,r11
  7f: ja near 0x157
  85: pextrb [r14+rax],xmm0,0xF
  91: movdqu xmm0,[rbp+0x18]
  9a: mov eax,[rbp+0x10]
  9d: mov r11,[r15+0x10]
  a4: mov r11,[r11+8]
  ac: sub r11,2
  b3: jb near 0x157
  b9: cmp rax,r11
  bc: ja near 0x157
  c2: pextrw [r14+rax],xmm0,2
  ce: movdqu xmm0,[rbp+0x18]
  d7: mov eax,[rbp+0x10]
  da: mov r11,[r15+0x10]
  e1: mov r11,[r11+8]
  e9: sub r11,4
  f0: jb near 0x157
  f6: cmp rax,r11
  f9: ja near 0x157
  ff: pextrd [r14+rax],xmm0,0
 10b: movdqu xmm0,[rbp+0x18]
 114: mov eax,[rbp+0x10]
 117: mov r11,[r15+0x10]
 11e: mov r11,[r11+8]
 126: sub r11,8
 12d: jb near 0x157
 133: cmp rax,r11
 136: ja near 0x157
 13c: pextrq [r14+rax],xmm0,1
 148: mov rsp,rbp
 14b: pop rbp
 14c: ret
 14d: mov eax,9
 152: call 0xFFFFFFFFFFFFFC59
 157: mov eax,2
 15c: call 0xFFFFFFFFFFFFFC59

