;; func 0 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: mov r8d,[rsp+0x18]
   d: push rbp
   e: mov rbp,rsp
  11: sub rsp,0x30
  18: test r8d,r8d
  1b: mov eax,edi
  1e: mov ecx,esi
  21: cmove rax,rcx
  25: mov rsp,rbp
  28: pop rbp
  29: ret

;; func 1 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: sub rsp,0x40
  13: cmp edi,esi
  16: mov eax,edi
  19: mov ecx,esi
  1c: cmovae rax,rcx
  20: mov rsp,rbp
  23: pop rbp
  24: ret

;; func 2 
   0: movsd xmm1,[rsp+8]
   6: movsd xmm2,[rsp+0x10]
   c: mov edi,[rsp+0x18]
  10: push rbp
  11: mov rbp,rsp
  14: sub rsp,0x30
  1b: test edi,edi
  1e: movaps xmm0,xmm1
  22: jne near 0x2C
  28: movaps xmm0,xmm2
  2c: mov rsp,rbp
  2f: pop rbp
  30: ret

;; func 3 
   0: movss xmm1,[rsp+8]
   6: movss xmm2,[rsp+0x10]
   c: mov edi,[rsp+0x18]
  10: push rbp
  11: mov rbp,rsp
  14: sub rsp,0x30
  1b: test edi,edi
  1e: movaps xmm0,xmm1
  22: jne near 0x2C
  28: movaps xmm0,xmm2
  2c: mov rsp,rbp
  2f: pop rbp
  30: ret

;; func 4 
   0: mov rdi,[rsp+8]
   5: mov rsi,[rsp+0x10]
   a: push rbp
   b: mov rbp,rsp
   e: sub rsp,0x30
  15: mov rax,rsi
  18: mov rsp,rbp
  1b: pop rbp
  1c: ret

