;; func 0 
   0: mov edi,[rsp+0x28]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0xA0
   f: movdqu xmm9,[rbp+0x10]
  18: movdqu xmm10,[rbp+0x20]
  21: cmp rsp,[r15+0x18]
  25: jb near 0xA9
  2b: movdqu xmm11,[rel 0xC0]
  34: vpshufb xmm0,xmm10,[rel 0xD0]
  3d: vpshufb xmm9,xmm9,[rel 0xE0]
  46: vpor xmm9,xmm9,xmm0
  4b: vpshufb xmm1,xmm10,[rel 0xF0]
  54: vpshufb xmm0,xmm9,[rel 0x100]
  5d: vpor xmm0,xmm0,xmm1
  62: movaps xmm10,xmm0
  66: vpxor xmm9,xmm9,xmm10
  6b: vpand xmm9,xmm9,xmm11
  70: vpxor xmm9,xmm9,xmm10
  75: vpxor xmm0,xmm9,xmm10
  7a: vpand xmm0,xmm0,xmm11
  7f: vpxor xmm0,xmm0,xmm10
  84: movaps xmm11,xmm0
  88: sub edi,1
  8c: jne short 0x21
  8e: movdqu [rbp+0x20],xmm10
  97: movdqu [rbp+0x30],xmm11
  a0: movaps xmm0,xmm9
  a4: mov rsp,rbp
  a7: pop rbp
  a8: ret
  a9: call 0xFFFFFFFFFFFFFE62
  ae: jmp 0x21
  b3: int3
  b4: int3
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
  c0: add [rax],eax
  c2: add [rax],al
  c4: add [rax],eax
  c6: add [rax],al
  c8: add [rax],al
  ca: add [rax],al
  cc: add [rax],al
  ce: add [rax],al
  d0: add byte [rax+0x1008080],2
  d7: add eax,[rax+0x4808080]
  dd: add eax,0x1000706
  e2: add al,[rbx]
  e4: add byte [rax+0x5048080],6
  eb: (bad)
  ed: add byte [rax-0x7F7F7F80],0x80
  f4: add [rax],al
  f6: add [rax],al
  f8: add byte [rax+0x1018080],1
  ff: add [rax],eax
 101: add [rax],al
 103: add [rax+0x1808080],al
 109: add [rcx],eax
 10b: (bad)

