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
  2e: mov r11,0x40400000
  38: movq xmm15,r11
  3d: divss xmm0,xmm15
  42: mov rsp,rbp
  45: pop rbp
  46: ret

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
  2e: mov r11,0x4008000000000000
  38: movq xmm15,r11
  3d: divsd xmm0,xmm15
  42: mov rsp,rbp
  45: pop rbp
  46: ret

