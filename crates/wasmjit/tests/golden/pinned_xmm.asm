;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0xA1
  1e: mov rsp,r11
  21: movsd xmm11,[rbp+0x10]
  27: mov ebx,[rbp+0x18]
  2a: xorps xmm9,xmm9
  2e: xorps xmm10,xmm10
  32: mov r11,[r15+0x18]
  39: cmp rsp,[r11]
  3e: jb near 0xA1
  44: movaps xmm0,xmm9
  48: mulsd xmm0,xmm11
  4d: mov r11,0x3FF0000000000000
  57: movq xmm15,r11
  5c: addsd xmm0,xmm15
  61: movaps xmm9,xmm0
  65: movaps xmm0,xmm10
  69: mov r11,0x3F000000
  73: movq xmm15,r11
  78: addss xmm0,xmm15
  7d: movaps xmm10,xmm0
  81: sub ebx,1
  85: test ebx,ebx
  88: jne near 0x32
  8e: movaps xmm0,xmm10
  92: cvtss2sd xmm0,xmm0
  97: addsd xmm0,xmm9
  9c: mov rsp,rbp
  9f: pop rbp
  a0: ret
  a1: mov eax,9
  a6: call 0xFFFFFFFFFFFFFFEF

