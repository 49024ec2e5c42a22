;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: test edi,edi
  12: mov eax,edi
  15: jne near 0x26
  1b: add eax,1
  1f: imul eax,2
  26: mov rsp,rbp
  29: pop rbp
  2a: ret

;; func 1 
   0: movsd xmm1,[rsp+8]
   6: mov edi,[rsp+0x10]
   a: push rbp
   b: mov rbp,rsp
   e: sub rsp,0x30
  15: test edi,edi
  18: movaps xmm0,xmm1
  1c: jne near 0x2B
  22: mulsd xmm0,[rel 0x35]
  2b: mov rsp,rbp
  2e: pop rbp
  2f: ret
  30: int3
  31: int3
  32: int3
  33: int3
  34: int3
  35: add [rax],al
  37: add [rax],al
  39: add [rax],al
  3b: add [rax],al
  3e: add [rax],al
  40: add [rax],al
  42: add [rax],al
  44: (bad)

