;; func 0 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: sub rsp,0x20
  10: mov eax,edi
  13: mov rsp,rbp
  16: pop rbp
  17: ret

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x20
   f: movsxd rax,edi
  12: mov rsp,rbp
  15: pop rbp
  16: ret

;; func 2 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x20
   f: mov eax,edi
  12: mov rsp,rbp
  15: pop rbp
  16: ret

;; func 3 
   0: mov rdi,[rsp+8]
   5: mov esi,[rsp+0x10]
   9: push rbp
   a: mov rbp,rsp
   d: sub rsp,0x30
  14: mov eax,edi
  17: add eax,esi
  1a: mov rsp,rbp
  1d: pop rbp
  1e: ret

