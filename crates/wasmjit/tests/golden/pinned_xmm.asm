;; func 0 
   0: movsd xmm1,[rsp+8]
   6: mov edi,[rsp+0x10]
   a: push rbp
   b: mov rbp,rsp
   e: sub rsp,0x40
  15: xorps xmm9,xmm9
  19: xorps xmm10,xmm10
  1d: cmp rsp,[r15+0x18]
  21: jb near 0x5F
  27: movaps xmm0,xmm9
  2b: mulsd xmm0,xmm1
  30: addsd xmm0,[rel 0x70]
  39: movaps xmm9,xmm0
  3d: addss xmm10,[rel 0x80]
  46: sub edi,1
  4a: jne short 0x1D
  4c: movaps xmm0,xmm10
  50: cvtss2sd xmm0,xmm0
  55: addsd xmm0,xmm9
  5a: mov rsp,rbp
  5d: pop rbp
  5e: ret
  5f: call 0xFFFFFFFFFFFFFE62
  64: jmp 0x1D
  69: int3
  6a: int3
  6b: int3
  6c: int3
  6d: int3
  6e: int3
  6f: int3
  70: add [rax],al
  72: add [rax],al
  74: add [rax],al
  76: (bad)
  79: add [rax],al
  7b: add [rax],al
  7d: add [rax],al
  7f: add [rax],al
  81: add [rax],al
  83: (bad)
  85: add [rax],al
  87: add [rax],al
  89: add [rax],al
  8b: add [rax],al
  8d: add [rax],al
  8f: (bad)

