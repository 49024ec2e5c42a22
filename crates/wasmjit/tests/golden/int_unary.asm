;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: lzcnt eax,edi
  14: tzcnt ecx,edi
  19: add eax,ecx
  1c: popcnt ecx,edi
  21: add eax,ecx
  24: mov rsp,rbp
  27: pop rbp
  28: ret

;; func 1 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: sub rsp,0x30
  10: lzcnt rax,rdi
  15: tzcnt rcx,rdi
  1a: add rax,rcx
  1d: popcnt rcx,rdi
  22: add rax,rcx
  25: mov rsp,rbp
  28: pop rbp
  29: ret

;; func 2 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: movsx eax,dil
  13: movsx ecx,di
  17: add eax,ecx
  1a: mov rsp,rbp
  1d: pop rbp
  1e: ret

;; func 3 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: sub rsp,0x30
  10: movsx rax,dil
  14: movsx rcx,di
  18: add rax,rcx
  1b: movsxd rcx,edi
  1e: add rax,rcx
  21: mov rsp,rbp
  24: pop rbp
  25: ret

