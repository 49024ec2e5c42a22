;; func 0 max
   0: mov rdi,[rsp+8]
   5: mov rsi,[rsp+0x10]
   a: push rbp
   b: mov rbp,rsp
   e: sub rsp,0x40
  15: cmp rdi,rsi
  18: mov rax,rdi
  1b: mov rcx,rsi
  1e: cmovle rax,rcx
  22: mov rsp,rbp
  25: pop rbp
  26: ret

;; func 1 clamp
   0: movsd xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: sub rsp,0x30
  11: xorps xmm15,xmm15
  15: ucomisd xmm15,xmm1
  1a: jbe near 0x29
  20: xorps xmm0,xmm0
  24: jmp 0x2D
  29: movaps xmm0,xmm1
  2d: mov rsp,rbp
  30: pop rbp
  31: ret

;; func 2 div
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: sub rsp,0x30
  13: mov ecx,esi
  16: mov eax,edi
  19: test ecx,ecx
  1c: je near 0x45
  22: cmp ecx,0xFFFFFFFF
  29: jne near 0x3C
  2f: cmp eax,0x80000000
  36: je near 0x4F
  3c: cdq
  3d: idiv ecx
  40: mov rsp,rbp
  43: pop rbp
  44: ret
  45: mov eax,7
  4a: call 0xFFFFFFFFFFFFFDF8
  4f: mov eax,6
  54: call 0xFFFFFFFFFFFFFDF8

