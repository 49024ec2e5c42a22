;; func 0 
   0: movss xmm1,[rsp+8]
   6: movss xmm2,[rsp+0x10]
   c: push rbp
   d: mov rbp,rsp
  10: lea r11,[rsp-0x30]
  18: cmp r11,[r15+0x18]
  1c: jb near 0xB7
  22: mov rsp,r11
  25: movaps xmm0,xmm1
  29: movaps xmm15,xmm2
  2d: ucomiss xmm0,xmm15
  31: jp near 0x50
  37: jne near 0x46
  3d: orps xmm0,xmm15
  41: jmp 0x55
  46: minss xmm0,xmm15
  4b: jmp 0x55
  50: addss xmm0,xmm15
  55: movaps xmm3,xmm1
  59: movaps xmm15,xmm2
  5d: ucomiss xmm3,xmm15
  61: jp near 0x80
  67: jne near 0x76
  6d: andps xmm3,xmm15
  71: jmp 0x85
  76: maxss xmm3,xmm15
  7b: jmp 0x85
  80: addss xmm3,xmm15
  85: addss xmm0,xmm3
  8a: movaps xmm3,xmm1
  8e: movaps xmm4,xmm2
  92: mov r11,0xFFFFFFFF7FFFFFFF
  9c: movq xmm15,r11
  a1: andps xmm3,xmm15
  a5: andnps xmm15,xmm4
  a9: orps xmm3,xmm15
  ad: addss xmm0,xmm3
  b2: mov rsp,rbp
  b5: pop rbp
  b6: ret
  b7: mov eax,9
  bc: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: movsd xmm1,[rsp+8]
   6: movsd xmm2,[rsp+0x10]
   c: push rbp
   d: mov rbp,rsp
  10: lea r11,[rsp-0x30]
  18: cmp r11,[r15+0x18]
  1c: jb near 0xAD
  22: mov rsp,r11
  25: movaps xmm0,xmm1
  29: movaps xmm15,xmm2
  2d: ucomisd xmm0,xmm15
  32: jp near 0x51
  38: jne near 0x47
  3e: orps xmm0,xmm15
  42: jmp 0x56
  47: minsd xmm0,xmm15
  4c: jmp 0x56
  51: addsd xmm0,xmm15
  56: movaps xmm3,xmm1
  5a: movaps xmm15,xmm2
  5e: ucomisd xmm3,xmm15
  63: jp near 0x82
  69: jne near 0x78
  6f: andps xmm3,xmm15
  73: jmp 0x87
  78: maxsd xmm3,xmm15
  7d: jmp 0x87
  82: addsd xmm3,xmm15
  87: addsd xmm0,xmm3
  8c: movaps xmm3,xmm1
  90: mov r11,0x8000000000000000
  9a: movq xmm15,r11
  9f: orps xmm3,xmm15
  a3: addsd xmm0,xmm3
  a8: mov rsp,rbp
  ab: pop rbp
  ac: ret
  ad: mov eax,9
  b2: call 0xFFFFFFFFFFFFFF2E

