;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x80
   b: xor eax,eax
   d: mov [rbp-0x10],rax
  14: mov [rbp-0x18],rax
  1b: mov [rbp-0x20],rax
  22: mov [rbp-0x28],rax
  29: mov [rbp-0x30],rax
  30: mov [rbp-0x38],rax
  37: mov [rbp-0x40],rax
  3e: mov [rbp-0x48],rax
  45: mov [rbp-0x50],rax
  4c: mov [rbp-0x58],rax
  53: mov rax,[rbp-0x18]
  57: add rax,[rbp-0x58]
  5b: mov rsp,rbp
  5e: pop rbp
  5f: ret

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: lea eax,[rdi+1]
  12: mov [rbp-0x10],rax
  16: imul eax,[rbp-0x10]
  1a: mov rsp,rbp
  1d: pop rbp
  1e: ret

;; func 2 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: mov [rbp-0x10],rdi
  13: mov edi,5
  19: mov eax,[rbp-0x10]
  1c: sub eax,edi
  1f: mov rsp,rbp
  22: pop rbp
  23: ret

