;; func 0 
   0: movss xmm1,[rsp+8]
   6: movss xmm2,[rsp+0x10]
   c: push rbp
   d: mov rbp,rsp
  10: sub rsp,0x30
  17: movaps xmm0,xmm1
  1b: movaps xmm15,xmm2
  1f: ucomiss xmm0,xmm15
  23: jp near 0x42
  29: jne near 0x38
  2f: orps xmm0,xmm15
  33: jmp 0x47
  38: minss xmm0,xmm15
  3d: jmp 0x47
  42: addss xmm0,xmm15
  47: movaps xmm3,xmm1
  4b: movaps xmm15,xmm2
  4f: ucomiss xmm3,xmm15
  53: jp near 0x72
  59: jne near 0x68
  5f: andps xmm3,xmm15
  63: jmp 0x77
  68: maxss xmm3,xmm15
  6d: jmp 0x77
  72: addss xmm3,xmm15
  77: addss xmm0,xmm3
  7c: movaps xmm3,xmm1
  80: movaps xmm4,xmm2
  84: movsd xmm15,[rel 0xB0]
  8d: andps xmm3,xmm15
  91: andnps xmm15,xmm4
  95: orps xmm3,xmm15
  99: addss xmm0,xmm3
  9e: mov rsp,rbp
  a1: pop rbp
  a2: ret
  a3: int3
  a4: int3
  a5: int3
  a6: int3
  a7: int3
  a8: int3
  a9: int3
  aa: int3
  ab: int3
  ac: int3
  ad: int3
  ae: int3
  af: int3
  b0: (bad)
  b2: (bad)
  b4: (bad)
  b6: (bad)
  b8: add [rax],al
  ba: add [rax],al
  bc: add [rax],al
  be: add [rax],al

;; func 1 
   0: movsd xmm1,[rsp+8]
   6: movsd xmm2,[rsp+0x10]
   c: push rbp
   d: mov rbp,rsp
  10: sub rsp,0x30
  17: movaps xmm0,xmm1
  1b: movaps xmm15,xmm2
  1f: ucomisd xmm0,xmm15
  24: jp near 0x43
  2a: jne near 0x39
  30: orps xmm0,xmm15
  34: jmp 0x48
  39: minsd xmm0,xmm15
  3e: jmp 0x48
  43: addsd xmm0,xmm15
  48: movaps xmm3,xmm1
  4c: movaps xmm15,xmm2
  50: ucomisd xmm3,xmm15
  55: jp near 0x74
  5b: jne near 0x6A
  61: andps xmm3,xmm15
  65: jmp 0x79
  6a: maxsd xmm3,xmm15
  6f: jmp 0x79
  74: addsd xmm3,xmm15
  79: addsd xmm0,xmm3
  7e: movaps xmm3,xmm1
  82: movsd xmm15,[rel 0xA0]
  8b: orps xmm3,xmm15
  8f: addsd xmm0,xmm3
  94: mov rsp,rbp
  97: pop rbp
  98: ret
  99: int3
  9a: int3
  9b: int3
  9c: int3
  9d: int3
  9e: int3
  9f: int3
  a0: add [rax],al
  a2: add [rax],al
  a4: add [rax],al
  a6: add [rax],al
  ac: add [rax],al
  ae: add [rax],al

