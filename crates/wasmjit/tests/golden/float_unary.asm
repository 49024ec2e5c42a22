;; func 0 
   0: movss xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: sub rsp,0x30
  11: movaps xmm0,xmm1
  15: movsd xmm15,[rel 0x90]
  1e: andps xmm0,xmm15
  22: movaps xmm2,xmm1
  26: movsd xmm15,[rel 0xA0]
  2f: xorps xmm2,xmm15
  33: addss xmm0,xmm2
  38: movaps xmm2,xmm1
  3c: roundss xmm2,xmm2,2
  43: addss xmm0,xmm2
  48: movaps xmm2,xmm1
  4c: roundss xmm2,xmm2,1
  53: addss xmm0,xmm2
  58: movaps xmm2,xmm1
  5c: roundss xmm2,xmm2,3
  63: addss xmm0,xmm2
  68: movaps xmm2,xmm1
  6c: roundss xmm2,xmm2,0
  73: addss xmm0,xmm2
  78: movaps xmm2,xmm1
  7c: sqrtss xmm2,xmm2
  81: addss xmm0,xmm2
  86: mov rsp,rbp
  89: pop rbp
  8a: ret
  8b: int3
  8c: int3
  8d: int3
  8e: int3
  8f: int3
  90: (bad)
  92: (bad)
  94: (bad)
  96: (bad)
  98: add [rax],al
  9a: add [rax],al
  9c: add [rax],al
  9e: add [rax],al
  a0: add [rax],al
  a2: add [rax],al
  a8: add [rax],al
  aa: add [rax],al
  ac: add [rax],al
  ae: add [rax],al

;; func 1 
   0: movsd xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: sub rsp,0x30
  11: movaps xmm0,xmm1
  15: movsd xmm15,[rel 0x90]
  1e: andps xmm0,xmm15
  22: movaps xmm2,xmm1
  26: movsd xmm15,[rel 0xA0]
  2f: xorps xmm2,xmm15
  33: addsd xmm0,xmm2
  38: movaps xmm2,xmm1
  3c: roundsd xmm2,xmm2,2
  43: addsd xmm0,xmm2
  48: movaps xmm2,xmm1
  4c: roundsd xmm2,xmm2,1
  53: addsd xmm0,xmm2
  58: movaps xmm2,xmm1
  5c: roundsd xmm2,xmm2,3
  63: addsd xmm0,xmm2
  68: movaps xmm2,xmm1
  6c: roundsd xmm2,xmm2,0
  73: addsd xmm0,xmm2
  78: movaps xmm2,xmm1
  7c: sqrtsd xmm2,xmm2
  81: addsd xmm0,xmm2
  86: mov rsp,rbp
  89: pop rbp
  8a: ret
  8b: int3
  8c: int3
  8d: int3
  8e: int3
  8f: int3
  90: (bad)
  92: (bad)
  94: (bad)
  96: (bad)
  98: add [rax],al
  9a: add [rax],al
  9c: add [rax],al
  9e: add [rax],al
  a0: add [rax],al
  a2: add [rax],al
  a4: add [rax],al
  a6: add [rax],al
  ac: add [rax],al
  ae: add [rax],al

