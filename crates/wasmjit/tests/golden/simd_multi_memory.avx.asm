;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x40
   f: movdqu xmm0,[r14+rdi]
  19: mov rax,[r15+0x50]
  1d: mov rax,[rax]
  21: vpaddd xmm0,xmm0,[rax+rdi+0x10]
  2b: mov rsp,rbp
  2e: pop rbp
  2f: ret

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: movdqu xmm0,[rbp+0x18]
  18: mov rax,[r15+0x50]
  1c: mov rax,[rax]
  20: movdqu [rax+rdi],xmm0
  2a: movdqu xmm0,[rbp+0x18]
  33: mov rax,[r15+0x50]
  37: mov rax,[rax]
  3b: pextrd [rax+rdi],xmm0,3
  47: mov rsp,rbp
  4a: pop rbp
  4b: ret

;; func 2 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x40
   f: mov rax,[r15+0x50]
  13: mov rax,[rax]
  17: vpbroadcastw xmm0,[rax+rdi]
  21: mov rax,[r15+0x50]
  25: mov rax,[rax]
  29: pinsrb xmm0,[rax+rdi],7
  35: mov rsp,rbp
  38: pop rbp
  39: ret

