;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x20
   f: test edi,edi
  12: sete al
  16: movzx eax,al
  1a: mov rsp,rbp
  1d: pop rbp
  1e: ret

;; func 1 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: sub rsp,0x20
  10: test rdi,rdi
  13: sete al
  17: movzx eax,al
  1b: mov rsp,rbp
  1e: pop rbp
  1f: ret

;; func 2 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x20
   f: test edi,edi
  12: setne al
  16: movzx eax,al
  1a: mov rsp,rbp
  1d: pop rbp
  1e: ret

;; func 3 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x20
   f: test edi,edi
  12: je near 0x23
  18: mov eax,1
  1e: jmp 0x29
  23: mov eax,2
  29: mov rsp,rbp
  2c: pop rbp
  2d: ret

;; func 4 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: sub rsp,0x20
  10: test rdi,rdi
  13: jne near 0x24
  19: mov eax,3
  1f: jmp 0x2A
  24: mov eax,4
  2a: mov rsp,rbp
  2d: pop rbp
  2e: ret

