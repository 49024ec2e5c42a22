;; func 0 
   0: mov edi,[rsp+0x28]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0xA0
   f: movdqu xmm9,[rbp+0x10]
  18: movdqu xmm10,[rbp+0x20]
  21: cmp rsp,[r15+0x18]
  25: jb near 0xD5
  2b: movdqu xmm11,[rel 0xE0]
  34: movaps xmm0,xmm10
  38: movdqu xmm15,[rel 0xF0]
  41: pshufb xmm0,xmm15
  47: movdqu xmm15,[rel 0x100]
  50: pshufb xmm9,xmm15
  56: por xmm9,xmm0
  5b: movaps xmm0,xmm9
  5f: movaps xmm1,xmm10
  63: movdqu xmm15,[rel 0x110]
  6c: pshufb xmm1,xmm15
  72: movdqu xmm15,[rel 0x120]
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
  b4: jne near 0x21
  ba: movdqu [rbp+0x20],xmm10
  c3: movdqu [rbp+0x30],xmm11
  cc: movaps xmm0,xmm9
  d0: mov rsp,rbp
  d3: pop rbp
  d4: ret
  d5: call 0xFFFFFFFFFFFFFE62
  da: jmp 0x21
  df: int3
  e0: add [rax],eax
  e2: add [rax],al
  e4: add [rax],eax
  e6: add [rax],al
  e8: add [rax],al
  ea: add [rax],al
  ec: add [rax],al
  ee: add [rax],al
  f0: add byte [rax+0x1008080],2
  f7: add eax,[rax+0x4808080]
  fd: add eax,0x1000706
 102: add al,[rbx]
 104: add byte [rax+0x5048080],6
 10b: (bad)
 10d: add byte [rax-0x7F7F7F80],0x80
 114: add [rax],al
 116: add [rax],al
 118: add byte [rax+0x1018080],1
 11f: add [rax],eax
 121: add [rax],al
 123: add [rax+0x1808080],al
 129: add [rcx],eax
 12b: (bad)

