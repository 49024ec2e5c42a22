;; func 0 
   0: movss xmm1,[rsp+8]
   6: movss xmm2,[rsp+0x10]
   c: push rbp
   d: mov rbp,rsp
  10: lea r11,[rsp-0x30]
  18: cmp r11,[r15+0x18]
  1c: jb near 0x55
  22: mov rsp,r11
  25: movaps xmm0,xmm1
  29: addss xmm0,xmm2
  2e: movaps xmm3,xmm1
  32: subss xmm3,xmm2
  37: mulss xmm0,xmm3
  3c: mov r11,0x40400000
  46: movq xmm15,r11
  4b: divss xmm0,xmm15
  50: mov rsp,rbp
  53: pop rbp
  54: ret
  55: mov eax,9
  5a: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: movsd xmm1,[rsp+8]
   6: movsd xmm2,[rsp+0x10]
   c: push rbp
   d: mov rbp,rsp
  10: lea r11,[rsp-0x30]
  18: cmp r11,[r15+0x18]
  1c: jb near 0x55
  22: mov rsp,r11
  25: movaps xmm0,xmm1
  29: addsd xmm0,xmm2
  2e: movaps xmm3,xmm1
  32: subsd xmm3,xmm2
  37: mulsd xmm0,xmm3
  3c: mov r11,0x4008000000000000
  46: movq xmm15,r11
  4b: divsd xmm0,xmm15
  50: mov rsp,rbp
  53: pop rbp
  54: ret
  55: mov eax,9
  5a: call 0xFFFFFFFFFFFFFF90

