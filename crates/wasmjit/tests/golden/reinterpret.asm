;; func 0 
   0: movsd xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: sub rsp,0x20
  11: movaps xmm0,xmm1
  15: cvtsd2ss xmm0,xmm0
  1a: mov rsp,rbp
  1d: pop rbp
  1e: ret

;; func 1 
   0: movss xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: sub rsp,0x20
  11: movaps xmm0,xmm1
  15: cvtss2sd xmm0,xmm0
  1a: mov rsp,rbp
  1d: pop rbp
  1e: ret

;; func 2 
   0: movss xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: sub rsp,0x20
  11: movd eax,xmm1
  16: mov rsp,rbp
  19: pop rbp
  1a: ret

;; func 3 
   0: movsd xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: sub rsp,0x20
  11: movq rax,xmm1
  16: mov rsp,rbp
  19: pop rbp
  1a: ret

;; func 4 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x20
   f: movq xmm0,rdi
  14: mov rsp,rbp
  17: pop rbp
  18: ret

;; func 5 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: sub rsp,0x20
  10: movq xmm0,rdi
  15: mov rsp,rbp
  18: pop rbp
  19: ret

;; func 6 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x20
   b: mov rax,0x3FF0000000000000
  15: mov rsp,rbp
  18: pop rbp
  19: ret

