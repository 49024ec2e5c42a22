;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x40
   f: movdqu xmm0,[r14+rdi]
  19: mov rax,[r15+0x50]
  20: mov rax,[rax]
  28: movdqu xmm1,[rax+rdi+0x10]
  32: paddd xmm0,xmm1
  37: mov rsp,rbp
  3a: pop rbp
  3b: ret

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: movdqu xmm0,[rbp+0x18]
  18: mov rax,[r15+0x50]
  1f: mov rax,[rax]
  27: movdqu [rax+rdi],xmm0
  31: movdqu xmm0,[rbp+0x18]
  3a: mov rax,[r15+0x50]
  41: mov rax,[rax]
  49: pextrd [rax+rdi],xmm0,3
  55: mov rsp,rbp
  58: pop rbp
  59: ret

;; func 2 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x40
   f: mov rax,[r15+0x50]
  16: mov rax,[rax]
  1e: pinsrw xmm0,[rax+rdi],0
  29: pshuflw xmm0,xmm0,0
  2f: pshufd xmm0,xmm0,0
  35: mov rax,[r15+0x50]
  3c: mov rax,[rax]
  44: pinsrb xmm0,[rax+rdi],7
  50: mov rsp,rbp
  53: pop rbp
  54: ret

