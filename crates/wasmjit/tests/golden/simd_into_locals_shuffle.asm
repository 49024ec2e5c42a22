;; func 0 
   0: mov edi,[rsp+0x28]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0xA0
   f: movdqu xmm9,[rbp+0x10]
  18: movdqu xmm10,[rbp+0x20]
  21: cmp rsp,[r15+0x18]
  25: jb near 0xD8
  2b: movdqu xmm11,[rel 0xF0]
  34: movaps xmm0,xmm10
  38: movdqu xmm15,[rel 0x100]
  41: pshufb xmm0,xmm15
  47: movdqu xmm15,[rel 0x110]
  50: pshufb xmm9,xmm15
  56: por xmm9,xmm0
  5b: movaps xmm0,xmm9
  5f: movaps xmm1,xmm10
  63: movdqu xmm15,[rel 0x120]
  6c: pshufb xmm1,xmm15
  72: movdqu xmm15,[rel 0x130]
  7b: pshufb xmm0,xmm15
  81: por xmm0,xmm1
  86: movaps xmm10,xmm0
  8a: pxor xmm9,xmm10
  8f: pand xmm9,xmm11
  94: pxor xmm9,xmm10
  99: movaps xmm0,xmm9
  9d: pxor xmm0,xmm10
  a2: pand xmm0,xmm11
  a7: pxor xmm0,xmm10
  ac: movaps xmm11,xmm0
  b0: sub edi,1
  b4: test edi,edi
  b7: jne near 0x21
  bd: movdqu [rbp+0x20],xmm10
  c6: movdqu [rbp+0x30],xmm11
  cf: movaps xmm0,xmm9
  d3: mov rsp,rbp
  d6: pop rbp
  d7: ret
  d8: call 0xFFFFFFFFFFFFFE62
  dd: jmp 0x21
  e2: int3
  e3: int3
  e4: int3
  e5: int3
  e6: int3
  e7: int3
  e8: int3
  e9: int3
  ea: int3
  eb: int3
  ec: int3
  ed: int3
  ee: int3
  ef: int3
  f0: add [rax],eax
  f2: add [rax],al
  f4: add [rax],eax
  f6: add [rax],al
  f8: add [rax],al
  fa: add [rax],al
  fc: add [rax],al
  fe: add [rax],al
 100: add byte [rax+0x1008080],2
 107: add eax,[rax+0x4808080]
 10d: add eax,0x1000706
 112: add al,[rbx]
 114: add byte [rax+0x5048080],6
 11b: (bad)
 11d: add byte [rax-0x7F7F7F80],0x80
 124: add [rax],al
 126: add [rax],al
 128: add byte [rax+0x1018080],1
 12f: add [rax],eax
 131: add [rax],al
 133: add [rax+0x1808080],al
 139: add [rcx],eax
 13b: (bad)

