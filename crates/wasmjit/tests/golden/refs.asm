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
  1f: sete al
  23: movzx eax,al
  27: mov rsp,rbp
  2a: pop rbp
  2b: ret

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x20
   b: mov rax,[r15+0x30]
  12: mov rsp,rbp
  15: pop rbp
  16: ret

;; func 4 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x20
   b: mov rax,[r15+0x30]
  12: test rax,rax
  15: sete al
  19: movzx eax,al
  1d: mov rsp,rbp
  20: pop rbp
  21: ret

