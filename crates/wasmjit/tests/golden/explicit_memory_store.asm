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
  2d: jb near 0x1B3
  33: cmp rdi,r11
  36: ja near 0x1B3
  3c: mov [r14+rdi],eax
  40: mov eax,esi
  43: mov r11,[r15+0x10]
  4a: mov r11,[r11+8]
  52: sub r11,2
  59: jb near 0x1B3
  5f: cmp rdi,r11
  62: ja near 0x1B3
  68: mov [r14+rdi+1],al
  70: mov eax,esi
  73: mov r11,[r15+0x10]
  7a: mov r11,[r11+8]
  82: sub r11,4
  89: jb near 0x1B3
  8f: cmp rdi,r11
  92: ja near 0x1B3
  98: mov [r14+rdi+2],ax
  a1: mov r11,[r15+0x10]
  a8: mov r11,[r11+8]
  b0: sub r11,0x10
  b7: jb near 0x1B3
  bd: cmp rdi,r11
  c0: ja near 0x1B3
  c6: mov [r14+rdi+8],rsi
  ce: mov r11,[r15+0x10]
  d5: mov r11,[r11+8]
  dd: sub r11,1
  e4: jb near 0x1B3
  ea: cmp rdi,r11
  ed: ja near 0x1B3
  f3: mov [r14+rdi],sil
  f7: mov r11,[r15+0x10]
  fe: mov r11,[r11+8]
 106: sub r11,2
 10d: jb near 0x1B3
 113: cmp rdi,r11
 116: ja near 0x1B3
 11c: mov [r14+rdi],si
 121: mov r11,[r15+0x10]
 128: mov r11,[r11+8]
 130: sub r11,4
 137: jb near 0x1B3
 13d: cmp rdi,r11
 140: ja near 0x1B3
 146: mov [r14+rdi],esi
 14a: mov r11,[r15+0x10]
 151: mov r11,[r11+8]
 159: sub r11,8
 160: jb near 0x1B3
 166: cmp rdi,r11
 169: ja near 0x1B3
 16f: mov dword [r14+rdi+4],0x4D
 17b: mov rax,0x123456789A
 185: mov r11,[r15+0x10]
 18c: mov r11,[r11+8]
 194: sub r11,8
 19b: jb near 0x1B3
 1a1: cmp rdi,r11
 1a4: ja near 0x1B3
 1aa: mov [r14+rdi],rax
 1ae: mov rsp,rbp
 1b1: pop rbp
 1b2: ret
 1b3: mov eax,2
 1b8: call 0xFFFFFFFFFFFFFE51

;; func 1 
   0: mov edi,[rsp+8]
   4: movsd xmm1,[rsp+0x10]
   a: push rbp
   b: mov rbp,rsp
   e: sub rsp,0x20
  15: mov r11,[r15+0x10]
  1c: mov r11,[r11+8]
  24: sub r11,8
  2b: jb near 0xAB
  31: cmp rdi,r11
  34: ja near 0xAB
  3a: movsd [r14+rdi],xmm1
  40: movaps xmm0,xmm1
  44: cvtsd2ss xmm0,xmm0
  49: mov r11,[r15+0x10]
  50: mov r11,[r11+8]
  58: sub r11,0xC
  5f: jb near 0xAB
  65: cmp rdi,r11
  68: ja near 0xAB
  6e: movss [r14+rdi+8],xmm0
  78: movsd xmm0,[rel 0xC3]
  81: mov r11,[r15+0x10]
  88: mov r11,[r11+8]
  90: sub r11,0x18
  97: jb near 0xAB
  9d: movsd [r14+0x10],xmm0
  a6: mov rsp,rbp
  a9: pop rbp
  aa: ret
  ab: mov eax,2
  b0: call 0xFFFFFFFFFFFFFC94
  b5: int3
  b6: int3
  b7: int3
  b8: int3
  b9: int3
  ba: int3
  bb: int3
  bc: int3
  bd: int3
  be: int3
  bf: int3
  c0: int3
  c1: int3
  c2: int3
  c3: add [rax],al
  c5: add [rax],al
  c7: add [rax],al
  c9: clc
  ca: (bad)
  cc: add [rax],al
  ce: add [rax],al
  d0: add [rax],al
  d2: (bad)

