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
  17: mov r11,0x3FF0000000000000
  21: movq xmm0,r11
  26: movaps xmm15,xmm1
  2a: ucomisd xmm15,xmm0
  2f: ja near 0x7A
  35: mov r11,0
  3f: movq xmm15,r11
  44: ucomiss xmm15,xmm2
  48: jae near 0x7A
  4e: movaps xmm15,xmm1
  52: ucomisd xmm15,xmm1
  57: setne al
  5b: setp r11b
  5f: or al,r11b
  62: movzx eax,al
  66: test eax,eax
  69: jne near 0x7A
  6f: mov eax,1
  75: jmp 0x80
  7a: mov eax,0
  80: mov rsp,rbp
  83: pop rbp
  84: ret

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

