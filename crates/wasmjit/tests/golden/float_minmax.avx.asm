;; func 0 
   0: movss xmm1,[rsp+8]
   6: movss xmm2,[rsp+0x10]
   c: push rbp
   d: mov rbp,rsp
  10: sub rsp,0x30
  17: movaps xmm0,xmm1
  1b: movaps xmm15,xmm2
  1f: ucomiss xmm0,xmm15
  23: jp near 0x42
  29: jne near 0x38
  2f: orps xmm0,xmm15
  33: jmp 0x47
  38: minss xmm0,xmm15
  3d: jmp 0x47
  42: addss xmm0,xmm15
  47: movaps xmm3,xmm1
  4b: movaps xmm15,xmm2
  4f: ucomiss xmm3,xmm15
  53: jp near 0x72
  59: jne near 0x68
  5f: andps xmm3,xmm15
  63: jmp 0x77
  68: maxss xmm3,xmm15
  6d: jmp 0x77
  72: addss xmm3,xmm15
  77: addss xmm0,xmm3
  7c: movaps xmm3,xmm1
  80: movaps xmm4,xmm2
  84: mov r11,0xFFFFFFFF7FFFFFFF
  8e: movq xmm15,r11
  93: andps xmm3,xmm15
  97: andnps xmm15,xmm4
  9b: orps xmm3,xmm15
  9f: addss xmm0,xmm3
  a4: mov rsp,rbp
  a7: pop rbp
  a8: ret

;; func 1 
   0: movsd xmm1,[rsp+8]
   6: movsd xmm2,[rsp+0x10]
   c: push rbp
   d: mov rbp,rsp
  10: sub rsp,0x30
  17: movaps xmm0,xmm1
  1b: movaps xmm15,xmm2
  1f: ucomisd xmm0,xmm15
  24: jp near 0x43
  2a: jne near 0x39
  30: orps xmm0,xmm15
  34: jmp 0x48
  39: minsd xmm0,xmm15
  3e: jmp 0x48
  43: addsd xmm0,xmm15
  48: movaps xmm3,xmm1
  4c: movaps xmm15,xmm2
  50: ucomisd xmm3,xmm15
  55: jp near 0x74
  5b: jne near 0x6A
  61: andps xmm3,xmm15
  65: jmp 0x79
  6a: maxsd xmm3,xmm15
  6f: jmp 0x79
  74: addsd xmm3,xmm15
  79: addsd xmm0,xmm3
  7e: movaps xmm3,xmm1
  82: mov r11,0x8000000000000000
  8c: movq xmm15,r11
  91: orps xmm3,xmm15
  95: addsd xmm0,xmm3
  9a: mov rsp,rbp
  9d: pop rbp
  9e: ret

