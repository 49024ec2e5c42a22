;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x53
  16: mov rsp,r11
  19: movss xmm0,[rbp+0x10]
  1e: addss xmm0,[rbp+0x18]
  27: movss xmm1,[rbp+0x10]
  2c: subss xmm1,[rbp+0x18]
  35: mulss xmm0,xmm1
  3a: mov r11,0x40400000
  44: movq xmm15,r11
  49: divss xmm0,xmm15
  4e: mov rsp,rbp
  51: pop rbp
  52: ret
  53: mov eax,9
  58: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x53
  16: mov rsp,r11
  19: movsd xmm0,[rbp+0x10]
  1e: addsd xmm0,[rbp+0x18]
  27: movsd xmm1,[rbp+0x10]
  2c: subsd xmm1,[rbp+0x18]
  35: mulsd xmm0,xmm1
  3a: mov r11,0x4008000000000000
  44: movq xmm15,r11
  49: divsd xmm0,xmm15
  4e: mov rsp,rbp
  51: pop rbp
  52: ret
  53: mov eax,9
  58: call 0xFFFFFFFFFFFFFF92

