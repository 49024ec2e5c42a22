;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: cmp r11,[r15+0x18]
  10: jb near 0x91
  16: mov rsp,r11
  19: movsd xmm11,[rbp+0x10]
  1f: mov ebx,[rbp+0x18]
  22: xorps xmm9,xmm9
  26: xorps xmm10,xmm10
  2a: cmp rsp,[r15+0x18]
  2e: jb near 0x91
  34: movaps xmm0,xmm9
  38: mulsd xmm0,xmm11
  3d: mov r11,0x3FF0000000000000
  47: movq xmm15,r11
  4c: addsd xmm0,xmm15
  51: movaps xmm9,xmm0
  55: movaps xmm0,xmm10
  59: mov r11,0x3F000000
  63: movq xmm15,r11
  68: addss xmm0,xmm15
  6d: movaps xmm10,xmm0
  71: sub ebx,1
  75: test ebx,ebx
  78: jne near 0x2A
  7e: movaps xmm0,xmm10
  82: cvtss2sd xmm0,xmm0
  87: addsd xmm0,xmm9
  8c: mov rsp,rbp
  8f: pop rbp
  90: ret
  91: mov eax,9
  96: call 0xFFFFFFFFFFFFFFEF

