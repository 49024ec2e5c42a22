;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x30
   b: movsd xmm0,[rel 0x20]
  14: mov rsp,rbp
  17: pop rbp
  18: ret
  19: int3
  1a: int3
  1b: int3
  1c: int3
  1d: int3
  1e: int3
  1f: int3
  20: (bad)
  22: or eax,0xFD64D51E
  27: mov edi,0
  2c: add [rax],al
  2e: add [rax],al

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x30
   b: movsd xmm0,[rel 0x20]
  14: mov rsp,rbp
  17: pop rbp
  18: ret
  19: int3
  1a: int3
  1b: int3
  1c: int3
  1d: int3
  1e: int3
  1f: int3
  20: add [rax],al
  22: add [rax],al
  26: add [rax],al
  28: add [rax],al
  2a: add [rax],al
  2c: add [rax],al
  2e: add [rax],al

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x30
   b: xorps xmm0,xmm0
   f: xorps xmm15,xmm15
  13: divsd xmm0,xmm15
  18: mov rsp,rbp
  1b: pop rbp
  1c: ret

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x30
   b: mov eax,1
  11: mov rsp,rbp
  14: pop rbp
  15: ret

