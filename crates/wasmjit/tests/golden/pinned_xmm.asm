;; func 0 
   0: movsd xmm1,[rsp+8]
   6: mov edi,[rsp+0x10]
   a: push rbp
   b: mov rbp,rsp
   e: sub rsp,0x40
  15: xorps xmm9,xmm9
  19: xorps xmm10,xmm10
  1d: cmp rsp,[r15+0x18]
  21: jb near 0x62
  27: movaps xmm0,xmm9
  2b: mulsd xmm0,xmm1
  30: addsd xmm0,[rel 0x70]
  39: movaps xmm9,xmm0
  3d: addss xmm10,[rel 0x80]
  46: sub edi,1
  4a: test edi,edi
  4d: jne short 0x1D
  4f: movaps xmm0,xmm10
  53: cvtss2sd xmm0,xmm0
  58: addsd xmm0,xmm9
  5d: mov rsp,rbp
  60: pop rbp
  61: ret
  62: call 0xFFFFFFFFFFFFFE62
  67: jmp 0x1D
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

