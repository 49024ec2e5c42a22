;; func 0 
   0: movss xmm1,[rsp+8]
   6: movss xmm2,[rsp+0x10]
   c: push rbp
   d: mov rbp,rsp
  10: sub rsp,0x30
  17: movaps xmm0,xmm1
  1b: addss xmm0,xmm2
  20: movaps xmm3,xmm1
  24: subss xmm3,xmm2
  29: mulss xmm0,xmm3
  2e: movsd xmm15,[rel 0x50]
  37: divss xmm0,xmm15
  3c: mov rsp,rbp
  3f: pop rbp
  40: ret
  41: int3
  42: int3
  43: int3
  44: int3
  45: int3
  46: int3
  47: int3
  48: int3
  49: int3
  4a: int3
  4b: int3
  4c: int3
  4d: int3
  4e: int3
  4f: int3
  50: add [rax],al
  52: add [rax],al
  56: add [rax],al
  58: add [rax],al
  5a: add [rax],al
  5c: add [rax],al
  5e: add [rax],al

;; func 1 
   0: movsd xmm1,[rsp+8]
   6: movsd xmm2,[rsp+0x10]
   c: push rbp
   d: mov rbp,rsp
  10: sub rsp,0x30
  17: movaps xmm0,xmm1
  1b: addsd xmm0,xmm2
  20: movaps xmm3,xmm1
  24: subsd xmm3,xmm2
  29: mulsd xmm0,xmm3
  2e: movsd xmm15,[rel 0x50]
  37: divsd xmm0,xmm15
  3c: mov rsp,rbp
  3f: pop rbp
  40: ret
  41: int3
  42: int3
  43: int3
  44: int3
  45: int3
  46: int3
  47: int3
  48: int3
  49: int3
  4a: int3
  4b: int3
  4c: int3
  4d: int3
  4e: int3
  4f: int3
  50: add [rax],al
  52: add [rax],al
  54: add [rax],al
  56: or [rax],al
  59: add [rax],al
  5b: add [rax],al
  5d: add [rax],al
  5f: (bad)

