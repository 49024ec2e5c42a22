;; func 0 
   0: mov edi,[rsp+8]
   4: mov rsi,[rsp+0x10]
   9: push rbp
   a: mov rbp,rsp
   d: lea r11,[rsp-0x20]
  15: cmp r11,[r15+0x18]
  19: jb near 0x1D5
  1f: mov rsp,r11
  22: mov eax,esi
  25: mov r11,[r15+0x10]
  2c: mov r11,[r11+8]
  34: sub r11,4
  3b: jb near 0x1DF
  41: cmp rdi,r11
  44: ja near 0x1DF
  4a: mov [r14+rdi],eax
  52: mov eax,esi
  55: mov r11,[r15+0x10]
  5c: mov r11,[r11+8]
  64: sub r11,2
  6b: jb near 0x1DF
  71: cmp rdi,r11
  74: ja near 0x1DF
  7a: mov [r14+rdi+1],al
  82: mov eax,esi
  85: mov r11,[r15+0x10]
  8c: mov r11,[r11+8]
  94: sub r11,4
  9b: jb near 0x1DF
  a1: cmp rdi,r11
  a4: ja near 0x1DF
  aa: mov [r14+rdi+2],ax
  b3: mov r11,[r15+0x10]
  ba: mov r11,[r11+8]
  c2: sub r11,0x10
  c9: jb near 0x1DF
  cf: cmp rdi,r11
  d2: ja near 0x1DF
  d8: mov [r14+rdi+8],rsi
  e0: mov r11,[r15+0x10]
  e7: mov r11,[r11+8]
  ef: sub r11,1
  f6: jb near 0x1DF
  fc: cmp rdi,r11
  ff: ja near 0x1DF
 105: mov [r14+rdi],sil
 10d: mov r11,[r15+0x10]
 114: mov r11,[r11+8]
 11c: sub r11,2
 123: jb near 0x1DF
 129: cmp rdi,r11
 12c: ja near 0x1DF
 132: mov [r14+rdi],si
 13b: mov r11,[r15+0x10]
 142: mov r11,[r11+8]
 14a: sub r11,4
 151: jb near 0x1DF
 157: cmp rdi,r11
 15a: ja near 0x1DF
 160: mov [r14+rdi],esi
 168: mov r11,[r15+0x10]
 16f: mov r11,[r11+8]
 177: sub r11,8
 17e: jb near 0x1DF
 184: cmp rdi,r11
 187: ja near 0x1DF
 18d: mov dword [r14+rdi+4],0x4D
 199: mov rax,0x123456789A
 1a3: mov r11,[r15+0x10]
 1aa: mov r11,[r11+8]
 1b2: sub r11,8
 1b9: jb near 0x1DF
 1bf: cmp rdi,r11
 1c2: ja near 0x1DF
 1c8: mov [r14+rdi],rax
 1d0: mov rsp,rbp
 1d3: pop rbp
 1d4: ret
 1d5: mov eax,9
 1da: call 0xFFFFFFFFFFFFFFEF
 1df: mov eax,2
 1e4: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: mov edi,[rsp+8]
   4: movsd xmm1,[rsp+0x10]
   a: push rbp
   b: mov rbp,rsp
   e: lea r11,[rsp-0x20]
  16: cmp r11,[r15+0x18]
  1a: jb near 0xC3
  20: mov rsp,r11
  23: mov r11,[r15+0x10]
  2a: mov r11,[r11+8]
  32: sub r11,8
  39: jb near 0xCD
  3f: cmp rdi,r11
  42: ja near 0xCD
  48: movsd [r14+rdi],xmm1
  52: movaps xmm0,xmm1
  56: cvtsd2ss xmm0,xmm0
  5b: mov r11,[r15+0x10]
  62: mov r11,[r11+8]
  6a: sub r11,0xC
  71: jb near 0xCD
  77: cmp rdi,r11
  7a: ja near 0xCD
  80: movss [r14+rdi+8],xmm0
  8a: mov r11,0x3FF8000000000000
  94: movq xmm0,r11
  99: mov r11,[r15+0x10]
  a0: mov r11,[r11+8]
  a8: sub r11,0x18
  af: jb near 0xCD
  b5: movsd [r14+0x10],xmm0
  be: mov rsp,rbp
  c1: pop rbp
  c2: ret
  c3: mov eax,9
  c8: call 0xFFFFFFFFFFFFFE06
  cd: mov eax,2
  d2: call 0xFFFFFFFFFFFFFE06

