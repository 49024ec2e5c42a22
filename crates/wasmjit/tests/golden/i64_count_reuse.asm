;; func 0 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: sub rsp,0x30
  10: mov rax,rdi
  13: and rax,rdi
  16: lzcnt rax,rax
  1b: mov rsp,rbp
  1e: pop rbp
  1f: ret

;; func 1 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: sub rsp,0x30
  10: mov rax,rdi
  13: and rax,rdi
  16: tzcnt rax,rax
  1b: mov rsp,rbp
  1e: pop rbp
  1f: ret

