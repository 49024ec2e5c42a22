;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x10
   b: jmp 0x15
  10: mov rsp,rbp
  13: pop rbp
  14: ret
  15: mov eax,1
  1a: call 0xFFFFFFFFFFFFFE51

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x20
   f: mov eax,edi
  12: jmp 0x17
  17: mov rsp,rbp
  1a: pop rbp
  1b: ret

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x20
   b: mov eax,1
  11: jmp 0x16
  16: mov rsp,rbp
  19: pop rbp
  1a: ret

;; func 3 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x20
   f: test edi,edi
  12: je near 0x1D
  18: jmp 0x28
  1d: mov eax,3
  23: mov rsp,rbp
  26: pop rbp
  27: ret
  28: mov eax,1
  2d: call 0xFFFFFFFFFFFFFDFB

