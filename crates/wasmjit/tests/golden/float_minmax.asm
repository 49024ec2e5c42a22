;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0xBB
  1e: mov rsp,r11
  21: movss xmm0,[rbp+0x10]
  26: movss xmm15,[rbp+0x18]
  2c: ucomiss xmm0,xmm15
  30: jp near 0x4F
  36: jne near 0x45
  3c: orps xmm0,xmm15
  40: jmp 0x54
  45: minss xmm0,xmm15
  4a: jmp 0x54
  4f: addss xmm0,xmm15
  54: movss xmm1,[rbp+0x10]
  59: movss xmm15,[rbp+0x18]
  5f: ucomiss xmm1,xmm15
  63: jp near 0x82
  69: jne near 0x78
  6f: andps xmm1,xmm15
  73: jmp 0x87
  78: maxss xmm1,xmm15
  7d: jmp 0x87
  82: addss xmm1,xmm15
  87: addss xmm0,xmm1
  8c: movss xmm1,[rbp+0x10]
  91: movss xmm2,[rbp+0x18]
  96: mov r11,0xFFFFFFFF7FFFFFFF
  a0: movq xmm15,r11
  a5: andps xmm1,xmm15
  a9: andnps xmm15,xmm2
  ad: orps xmm1,xmm15
  b1: addss xmm0,xmm1
  b6: mov rsp,rbp
  b9: pop rbp
  ba: ret
  bb: mov eax,9
  c0: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0xB0
  1e: mov rsp,r11
  21: movsd xmm0,[rbp+0x10]
  26: movsd xmm15,[rbp+0x18]
  2c: ucomisd xmm0,xmm15
  31: jp near 0x50
  37: jne near 0x46
  3d: orps xmm0,xmm15
  41: jmp 0x55
  46: minsd xmm0,xmm15
  4b: jmp 0x55
  50: addsd xmm0,xmm15
  55: movsd xmm1,[rbp+0x10]
  5a: movsd xmm15,[rbp+0x18]
  60: ucomisd xmm1,xmm15
  65: jp near 0x84
  6b: jne near 0x7A
  71: andps xmm1,xmm15
  75: jmp 0x89
  7a: maxsd xmm1,xmm15
  7f: jmp 0x89
  84: addsd xmm1,xmm15
  89: addsd xmm0,xmm1
  8e: movsd xmm1,[rbp+0x10]
  93: mov r11,0x8000000000000000
  9d: movq xmm15,r11
  a2: orps xmm1,xmm15
  a6: addsd xmm0,xmm1
  ab: mov rsp,rbp
  ae: pop rbp
  af: ret
  b0: mov eax,9
  b5: call 0xFFFFFFFFFFFFFF2A

