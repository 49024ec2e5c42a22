;; func 0 dist
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: sub rsp,0x50
  13: xorps xmm12,xmm12
  17: xorps xmm11,xmm11
  1b: xorps xmm9,xmm9
  1f: cmp rsp,[r15+0x18]
  23: jb near 0x8F
  29: movsd xmm0,[r14+rdi]
  2f: vsubsd xmm10,xmm0,xmm12
  34: vmulsd xmm0,xmm10,xmm10
  39: movsd xmm1,[r14+rdi+8]
  43: vsubsd xmm11,xmm1,xmm11
  48: vmulsd xmm1,xmm11,xmm11
  4d: vaddsd xmm10,xmm0,xmm1
  52: vsqrtsd xmm0,xmm10,xmm10
  57: vaddsd xmm9,xmm0,xmm9
  5c: movsd xmm12,[rel 0xA0]
  65: divsd xmm12,xmm10
  6a: vmulsd xmm0,xmm12,xmm10
  6f: vaddsd xmm9,xmm0,xmm9
  74: vmulsd xmm9,xmm9,[rel 0xB0]
  7c: add edi,0x10
  80: sub esi,1
  84: jne short 0x1F
  86: movaps xmm0,xmm9
  8a: mov rsp,rbp
  8d: pop rbp
  8e: ret
  8f: call 0xFFFFFFFFFFFFFE62
  94: jmp 0x1F
  99: int3
  9a: int3
  9b: int3
  9c: int3
  9d: int3
  9e: int3
  9f: int3
  a0: add [rax],al
  a2: add [rax],al
  a4: add [rax],al
  a6: loopne 0xE7
  a8: add [rax],al
  aa: add [rax],al
  ac: add [rax],al
  ae: add [rax],al
  b0: add [rax],al
  b2: add [rax],al
  b4: add [rax],al
  b6: sar byte [rdi],1
  b8: add [rax],al
  ba: add [rax],al
  bc: add [rax],al
  be: add [rax],al

