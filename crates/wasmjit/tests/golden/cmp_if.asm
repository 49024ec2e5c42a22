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
  11: mov r11,0
  1b: movq xmm0,r11
  20: movaps xmm15,xmm1
  24: ucomiss xmm15,xmm0
  28: jb near 0x37
  2e: movaps xmm0,xmm1
  32: jmp 0x4E
  37: movaps xmm0,xmm1
  3b: mov r11,0x80000000
  45: movq xmm15,r11
  4a: xorps xmm0,xmm15
  4e: mov rsp,rbp
  51: pop rbp
  52: ret

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

