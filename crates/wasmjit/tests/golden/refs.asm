;; func 0 f
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x10
   b: mov rsp,rbp
   e: pop rbp
   f: ret

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x20
   b: mov eax,0
  11: mov rsp,rbp
  14: pop rbp
  15: ret

;; func 2 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: sub rsp,0x20
  10: mov [rbp+0x10],rdi
  14: cmp qword [rbp+0x10],0
  19: sete al
  1d: movzx eax,al
  21: mov rsp,rbp
  24: pop rbp
  25: ret

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x20
   b: mov rax,[r15+0x30]
   f: mov rsp,rbp
  12: pop rbp
  13: ret

;; func 4 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x20
   b: mov rax,[r15+0x30]
   f: test rax,rax
  12: sete al
  16: movzx eax,al
  1a: mov rsp,rbp
  1d: pop rbp
  1e: ret

