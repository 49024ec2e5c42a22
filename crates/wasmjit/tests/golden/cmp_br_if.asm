;; func 0 
   0: mov edi,[rsp+8]
   4: mov rsi,[rsp+0x10]
   9: push rbp
   a: mov rbp,rsp
   d: sub rsp,0x30
  14: cmp edi,5
  1b: ja near 0x45
  21: cmp rsi,0
  28: jl near 0x45
  2e: mov eax,esi
  31: cmp edi,eax
  34: jle near 0x45
  3a: mov eax,1
  40: jmp 0x4B
  45: mov eax,0
  4b: mov rsp,rbp
  4e: pop rbp
  4f: ret

;; func 1 
   0: movsd xmm1,[rsp+8]
   6: movss xmm2,[rsp+0x10]
   c: push rbp
   d: mov rbp,rsp
  10: sub rsp,0x30
  17: movsd xmm0,[rel 0x80]
  20: movaps xmm15,xmm1
  24: ucomisd xmm15,xmm0
  29: ja near 0x69
  2f: xorps xmm15,xmm15
  33: ucomiss xmm15,xmm2
  37: jae near 0x69
  3d: movaps xmm15,xmm1
  41: ucomisd xmm15,xmm1
  46: setne al
  4a: setp r11b
  4e: or al,r11b
  51: movzx eax,al
  55: test eax,eax
  58: jne near 0x69
  5e: mov eax,1
  64: jmp 0x6F
  69: mov eax,0
  6f: mov rsp,rbp
  72: pop rbp
  73: ret
  74: int3
  75: int3
  76: int3
  77: int3
  78: int3
  79: int3
  7a: int3
  7b: int3
  7c: int3
  7d: int3
  7e: int3
  7f: int3
  80: add [rax],al
  82: add [rax],al
  84: add [rax],al
  86: (bad)
  89: add [rax],al
  8b: add [rax],al
  8d: add [rax],al
  8f: (bad)

;; func 2 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: cmp edi,3
  16: mov eax,7
  1c: je near 0x28
  22: mov eax,9
  28: mov rsp,rbp
  2b: pop rbp
  2c: ret

