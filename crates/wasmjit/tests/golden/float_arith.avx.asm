;; func 0 
   0: movss xmm1,[rsp+8]
   6: movss xmm2,[rsp+0x10]
   c: push rbp
   d: mov rbp,rsp
  10: sub rsp,0x30
  17: vaddss xmm0,xmm1,xmm2
  1c: vsubss xmm3,xmm1,xmm2
  21: mulss xmm0,xmm3
  26: divss xmm0,[rel 0x40]
  2f: mov rsp,rbp
  32: pop rbp
  33: ret
  34: int3
  35: int3
  36: int3
  37: int3
  38: int3
  39: int3
  3a: int3
  3b: int3
  3c: int3
  3d: int3
  3e: int3
  3f: int3
  40: add [rax],al
  42: add [rax],al
  46: add [rax],al
  48: add [rax],al
  4a: add [rax],al
  4c: add [rax],al
  4e: add [rax],al

;; func 1 
   0: movsd xmm1,[rsp+8]
   6: movsd xmm2,[rsp+0x10]
   c: push rbp
   d: mov rbp,rsp
  10: sub rsp,0x30
  17: vaddsd xmm0,xmm1,xmm2
  1c: vsubsd xmm3,xmm1,xmm2
  21: mulsd xmm0,xmm3
  26: divsd xmm0,[rel 0x40]
  2f: mov rsp,rbp
  32: pop rbp
  33: ret
  34: int3
  35: int3
  36: int3
  37: int3
  38: int3
  39: int3
  3a: int3
  3b: int3
  3c: int3
  3d: int3
  3e: int3
  3f: int3
  40: add [rax],al
  42: add [rax],al
  44: add [rax],al
  46: or [rax],al
  49: add [rax],al
  4b: add [rax],al
  4d: add [rax],al
  4f: (bad)

