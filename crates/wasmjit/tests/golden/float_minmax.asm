;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0xB3
  16: mov rsp,r11
  19: movss xmm0,[rbp+0x10]
  1e: movss xmm15,[rbp+0x18]
  24: ucomiss xmm0,xmm15
  28: jp near 0x47
  2e: jne near 0x3D
  34: orps xmm0,xmm15
  38: jmp 0x4C
  3d: minss xmm0,xmm15
  42: jmp 0x4C
  47: addss xmm0,xmm15
  4c: movss xmm1,[rbp+0x10]
  51: movss xmm15,[rbp+0x18]
  57: ucomiss xmm1,xmm15
  5b: jp near 0x7A
  61: jne near 0x70
  67: andps xmm1,xmm15
  6b: jmp 0x7F
  70: maxss xmm1,xmm15
  75: jmp 0x7F
  7a: addss xmm1,xmm15
  7f: addss xmm0,xmm1
  84: movss xmm1,[rbp+0x10]
  89: movss xmm2,[rbp+0x18]
  8e: mov r11,0xFFFFFFFF7FFFFFFF
  98: movq xmm15,r11
  9d: andps xmm1,xmm15
  a1: andnps xmm15,xmm2
  a5: orps xmm1,xmm15
  a9: addss xmm0,xmm1
  ae: mov rsp,rbp
  b1: pop rbp
  b2: ret
  b3: mov eax,9
  b8: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0xA8
  16: mov rsp,r11
  19: movsd xmm0,[rbp+0x10]
  1e: movsd xmm15,[rbp+0x18]
  24: ucomisd xmm0,xmm15
  29: jp near 0x48
  2f: jne near 0x3E
  35: orps xmm0,xmm15
  39: jmp 0x4D
  3e: minsd xmm0,xmm15
  43: jmp 0x4D
  48: addsd xmm0,xmm15
  4d: movsd xmm1,[rbp+0x10]
  52: movsd xmm15,[rbp+0x18]
  58: ucomisd xmm1,xmm15
  5d: jp near 0x7C
  63: jne near 0x72
  69: andps xmm1,xmm15
  6d: jmp 0x81
  72: maxsd xmm1,xmm15
  77: jmp 0x81
  7c: addsd xmm1,xmm15
  81: addsd xmm0,xmm1
  86: movsd xmm1,[rbp+0x10]
  8b: mov r11,0x8000000000000000
  95: movq xmm15,r11
  9a: orps xmm1,xmm15
  9e: addsd xmm0,xmm1
  a3: mov rsp,rbp
  a6: pop rbp
  a7: ret
  a8: mov eax,9
  ad: call 0xFFFFFFFFFFFFFF32

