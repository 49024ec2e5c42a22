;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0xAE
  1e: mov rsp,r11
  21: movss xmm0,[rbp+0x10]
  26: mov r11, <addr>
  30: movq xmm15,r11
  35: andps xmm0,xmm15
  39: movss xmm1,[rbp+0x10]
  3e: mov r11, <addr>
  48: movq xmm15,r11
  4d: xorps xmm1,xmm15
  51: addss xmm0,xmm1
  56: movss xmm1,[rbp+0x10]
  5b: roundss xmm1,xmm1,2
  62: addss xmm0,xmm1
  67: movss xmm1,[rbp+0x10]
  6c: roundss xmm1,xmm1,1
  73: addss xmm0,xmm1
  78: movss xmm1,[rbp+0x10]
  7d: roundss xmm1,xmm1,3
  84: addss xmm0,xmm1
  89: movss xmm1,[rbp+0x10]
  8e: roundss xmm1,xmm1,0
  95: addss xmm0,xmm1
  9a: movss xmm1,[rbp+0x10]
  9f: sqrtss xmm1,xmm1
  a4: addss xmm0,xmm1
  a9: mov rsp,rbp
  ac: pop rbp
  ad: ret
  ae: mov eax,9
  b3: call 0xFFFFFFFFFFFFFFF0

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0xAE
  1e: mov rsp,r11
  21: movsd xmm0,[rbp+0x10]
  26: mov r11, <addr>
  30: movq xmm15,r11
  35: andps xmm0,xmm15
  39: movsd xmm1,[rbp+0x10]
  3e: mov r11, <addr>
  48: movq xmm15,r11
  4d: xorps xmm1,xmm15
  51: addsd xmm0,xmm1
  56: movsd xmm1,[rbp+0x10]
  5b: roundsd xmm1,xmm1,2
  62: addsd xmm0,xmm1
  67: movsd xmm1,[rbp+0x10]
  6c: roundsd xmm1,xmm1,1
  73: addsd xmm0,xmm1
  78: movsd xmm1,[rbp+0x10]
  7d: roundsd xmm1,xmm1,3
  84: addsd xmm0,xmm1
  89: movsd xmm1,[rbp+0x10]
  8e: roundsd xmm1,xmm1,0
  95: addsd xmm0,xmm1
  9a: movsd xmm1,[rbp+0x10]
  9f: sqrtsd xmm1,xmm1
  a4: addsd xmm0,xmm1
  a9: mov rsp,rbp
  ac: pop rbp
  ad: ret
  ae: mov eax,9
  b3: call 0xFFFFFFFFFFFFFF38

