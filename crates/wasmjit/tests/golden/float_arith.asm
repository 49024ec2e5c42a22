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
  2e: divss xmm0,[rel 0x40]
  37: mov rsp,rbp
  3a: pop rbp
  3b: ret
  3c: int3
  3d: int3
  3e: int3
  3f: int3
  40: add [rax],al
  42: add [rax],al
  46: add [rax],al
  48: add [rax],al
  4a: add [rax],al
  4c: add [rax],al
  4e: add [rax],al

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
  2e: divsd xmm0,[rel 0x40]
  37: mov rsp,rbp
  3a: pop rbp
  3b: ret
  3c: int3
  3d: int3
  3e: int3
  3f: int3
  40: add [rax],al
  42: add [rax],al
  44: add [rax],al
  46: or [rax],al
  49: add [rax],al
  4b: add [rax],al
  4d: add [rax],al
  4f: (bad)

