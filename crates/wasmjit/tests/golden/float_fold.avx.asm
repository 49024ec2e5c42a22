;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x30
   b: mov r11,0xBFFD64D51E0DB1C6
  15: movq xmm0,r11
  1a: mov rsp,rbp
  1d: pop rbp
  1e: ret

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x30
   b: mov r11,0x40400000
  15: movq xmm0,r11
  1a: mov rsp,rbp
  1d: pop rbp
  1e: ret

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x30
   b: mov r11,0
  15: movq xmm0,r11
  1a: mov r11,0
  24: movq xmm15,r11
  29: divsd xmm0,xmm15
  2e: mov rsp,rbp
  31: pop rbp
  32: ret

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x30
   b: mov eax,1
  11: mov rsp,rbp
  14: pop rbp
  15: ret

