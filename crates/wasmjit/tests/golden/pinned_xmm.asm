;; func 0 
   0: movsd xmm1,[rsp+8]
   6: mov edi,[rsp+0x10]
   a: push rbp
   b: mov rbp,rsp
   e: sub rsp,0x40
  15: xorps xmm9,xmm9
  19: xorps xmm10,xmm10
  1d: cmp rsp,[r15+0x18]
  21: jb near 0x6C
  27: movaps xmm0,xmm9
  2b: mulsd xmm0,xmm1
  30: movsd xmm15,[rel 0x80]
  39: addsd xmm0,xmm15
  3e: movaps xmm9,xmm0
  42: movsd xmm15,[rel 0x90]
  4b: addss xmm10,xmm15
  50: sub edi,1
  54: test edi,edi
  57: jne short 0x1D
  59: movaps xmm0,xmm10
  5d: cvtss2sd xmm0,xmm0
  62: addsd xmm0,xmm9
  67: mov rsp,rbp
  6a: pop rbp
  6b: ret
  6c: call 0xFFFFFFFFFFFFFE62
  71: jmp 0x1D
  76: int3
  77: int3
  78: int3
  79: int3
  7a: int3
  7b: int3
  7c: int3
  7d: int3
  7e: int3
  7f: int3
  80: add [rax],al
  82: add [rax],al
  84: add [rax],al
  86: (bad)
  89: add [rax],al
  8b: add [rax],al
  8d: add [rax],al
  8f: add [rax],al
  91: add [rax],al
  93: (bad)
  95: add [rax],al
  97: add [rax],al
  99: add [rax],al
  9b: add [rax],al
  9d: add [rax],al
  9f: (bad)

