;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x80]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0xBC
  1e: mov rsp,r11
  21: mov ebx,[rbp+0x10]
  24: mov eax,ebx
  27: add eax,1
  2b: mov ecx,ebx
  2e: add ecx,2
  32: mov edx,ebx
  35: add edx,3
  39: mov esi,ebx
  3c: add esi,4
  40: mov edi,ebx
  43: add edi,5
  47: mov r8d,ebx
  4a: add r8d,6
  4e: mov r9d,ebx
  51: add r9d,7
  55: mov r10d,ebx
  58: add r10d,8
  5c: mov r12d,ebx
  5f: add r12d,9
  63: mov r13d,ebx
  66: add r13d,0xA
  6a: mov [rbp-0x10],rax
  6e: mov eax,ebx
  71: add eax,0xB
  75: mov [rbp-0x18],rcx
  79: mov ecx,ebx
  7c: add ecx,0xC
  80: imul eax,ecx
  84: imul r13d,eax
  88: imul r12d,r13d
  8c: imul r10d,r12d
  90: imul r9d,r10d
  94: imul r8d,r9d
  98: imul edi,r8d
  9c: imul esi,edi
  a0: imul edx,esi
  a4: imul edx,[rbp-0x18]
  ac: imul edx,[rbp-0x10]
  b4: mov eax,edx
  b7: mov rsp,rbp
  ba: pop rbp
  bb: ret
  bc: mov eax,9
  c1: call 0xFFFFFFFFFFFFFFF0

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0xB0]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x233
  1e: mov rsp,r11
  21: movsd xmm9,[rbp+0x10]
  27: movaps xmm0,xmm9
  2b: mov r11, <addr>
  35: movq xmm15,r11
  3a: addsd xmm0,xmm15
  3f: movaps xmm1,xmm9
  43: mov r11, <addr>
  4d: movq xmm15,r11
  52: addsd xmm1,xmm15
  57: movaps xmm2,xmm9
  5b: mov r11, <addr>
  65: movq xmm15,r11
  6a: addsd xmm2,xmm15
  6f: movaps xmm3,xmm9
  73: mov r11, <addr>
  7d: movq xmm15,r11
  82: addsd xmm3,xmm15
  87: movaps xmm4,xmm9
  8b: mov r11, <addr>
  95: movq xmm15,r11
  9a: addsd xmm4,xmm15
  9f: movaps xmm5,xmm9
  a3: mov r11, <addr>
  ad: movq xmm15,r11
  b2: addsd xmm5,xmm15
  b7: movaps xmm6,xmm9
  bb: mov r11, <addr>
  c5: movq xmm15,r11
  ca: addsd xmm6,xmm15
  cf: movaps xmm7,xmm9
  d3: mov r11, <addr>
  dd: movq xmm15,r11
  e2: addsd xmm7,xmm15
  e7: movaps xmm8,xmm9
  eb: mov r11, <addr>
  f5: movq xmm15,r11
  fa: addsd xmm8,xmm15
  ff: movaps xmm10,xmm9
 103: mov r11, <addr>
 10d: movq xmm15,r11
 112: addsd xmm10,xmm15
 117: movaps xmm11,xmm9
 11b: mov r11, <addr>
 125: movq xmm15,r11
 12a: addsd xmm11,xmm15
 12f: movaps xmm12,xmm9
 133: mov r11, <addr>
 13d: movq xmm15,r11
 142: addsd xmm12,xmm15
 147: movaps xmm13,xmm9
 14b: mov r11, <addr>
 155: movq xmm15,r11
 15a: addsd xmm13,xmm15
 15f: movaps xmm14,xmm9
 163: mov r11, <addr>
 16d: movq xmm15,r11
 172: addsd xmm14,xmm15
 177: movsd [rbp-0x10],xmm0
 17c: movaps xmm0,xmm9
 180: mov r11, <addr>
 18a: movq xmm15,r11
 18f: addsd xmm0,xmm15
 194: movsd [rbp-0x18],xmm1
 199: movaps xmm1,xmm9
 19d: mov r11, <addr>
 1a7: movq xmm15,r11
 1ac: addsd xmm1,xmm15
 1b1: movsd [rbp-0x20],xmm2
 1b6: movaps xmm2,xmm9
 1ba: mov r11, <addr>
 1c4: movq xmm15,r11
 1c9: addsd xmm2,xmm15
 1ce: addsd xmm1,xmm2
 1d3: addsd xmm0,xmm1
 1d8: addsd xmm14,xmm0
 1dd: addsd xmm13,xmm14
 1e2: addsd xmm12,xmm13
 1e7: addsd xmm11,xmm12
 1ec: addsd xmm10,xmm11
 1f1: addsd xmm8,xmm10
 1f6: addsd xmm7,xmm8
 1fb: addsd xmm6,xmm7
 200: addsd xmm5,xmm6
 205: addsd xmm4,xmm5
 20a: addsd xmm3,xmm4
 20f: addsd xmm3,[rbp-0x20]
 218: addsd xmm3,[rbp-0x18]
 221: addsd xmm3,[rbp-0x10]
 22a: movaps xmm0,xmm3
 22e: mov rsp,rbp
 231: pop rbp
 232: ret
 233: mov eax,9
 238: call 0xFFFFFFFFFFFFFF2A

