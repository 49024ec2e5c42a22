;; func 0 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: sub rsp,0x30
  13: cmp edi,esi
  16: jb near 0x24
  1c: mov eax,edi
  1f: jmp 0x27
  24: mov eax,esi
  27: mov rsp,rbp
  2a: pop rbp
  2b: ret

;; func 1 
   0: movss xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: sub rsp,0x30
  11: xorps xmm0,xmm0
  15: movaps xmm15,xmm1
  19: ucomiss xmm15,xmm0
  1d: jb near 0x2C
  23: movaps xmm0,xmm1
  27: jmp 0x3D
  2c: movaps xmm0,xmm1
  30: movsd xmm15,[rel 0x44]
  39: xorps xmm0,xmm15
  3d: mov rsp,rbp
  40: pop rbp
  41: ret
  42: int3
  43: int3
  44: add [rax],al
  46: add [rax],al
  4c: add [rax],al
  4e: add [rax],al
  50: add [rax],al
  52: add [rax],al

;; func 2 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: sub rsp,0x30
  10: xor eax,eax
  12: mov [rbp-0x10],rax
  19: cmp rdi,0x64
  20: je near 0x2D
  26: mov dword [rbp-0x10],1
  2d: mov eax,[rbp-0x10]
  30: mov rsp,rbp
  33: pop rbp
  34: ret

