;; func 0 
   0: movss xmm1,[rsp+8]
   6: movss xmm2,[rsp+0x10]
   c: push rbp
   d: mov rbp,rsp
  10: sub rsp,0x30
  17: vaddss xmm0,xmm1,xmm2
  1c: vsubss xmm3,xmm1,xmm2
  21: mulss xmm0,xmm3
  26: mov r11,0x40400000
  30: movq xmm15,r11
  35: divss xmm0,xmm15
  3a: mov rsp,rbp
  3d: pop rbp
  3e: ret

;; func 1 
   0: movsd xmm1,[rsp+8]
   6: movsd xmm2,[rsp+0x10]
   c: push rbp
   d: mov rbp,rsp
  10: sub rsp,0x30
  17: vaddsd xmm0,xmm1,xmm2
  1c: vsubsd xmm3,xmm1,xmm2
  21: mulsd xmm0,xmm3
  26: mov r11,0x4008000000000000
  30: movq xmm15,r11
  35: divsd xmm0,xmm15
  3a: mov rsp,rbp
  3d: pop rbp
  3e: ret

