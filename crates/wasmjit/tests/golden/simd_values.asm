;; func 0 pair
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x50
   b: mov r11,[rbp+0x28]
   f: mov [rbp-0x20],r11
  13: mov r11,[rbp+0x30]
  17: mov [rbp-0x18],r11
  1b: mov r11,[rbp+0x10]
  1f: mov [rbp-0x30],r11
  23: mov r11,[rbp+0x18]
  27: mov [rbp-0x28],r11
  2b: mov r11,[rbp-0x30]
  2f: mov [rbp+0x20],r11
  33: mov r11,[rbp-0x28]
  37: mov [rbp+0x28],r11
  3b: movdqu xmm0,[rbp-0x20]
  44: mov rsp,rbp
  47: pop rbp
  48: ret

;; func 1 
   0: mov edi,[rsp+0x18]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x90]
  10: cmp r11,[r15+0x18]
  14: jb near 0xE2
  1a: mov rsp,r11
  1d: mov [rbp+0x20],rdi
  21: movdqu xmm0,[rel 0xF7]
  2a: mov r11,[rbp+0x10]
  2e: mov [rsp],r11
  33: mov r11,[rbp+0x18]
  37: mov [rsp+8],r11
  3c: movdqu [rsp+0x18],xmm0
  46: mov edi,7
  4c: call 0xFFFFFFFFFFFFFFB7
  51: mov r11,[rsp+0x10]
  56: mov [rbp-0x40],r11
  5a: mov r11,[rsp+0x18]
  5f: mov [rbp-0x38],r11
  63: mov r11,[rbp-0x40]
  67: mov [rbp-0x20],r11
  6b: mov r11,[rbp-0x38]
  6f: mov [rbp-0x18],r11
  73: movdqu xmm1,[r15+0x40]
  7c: movdqu xmm2,[rbp-0x20]
  85: pxor xmm1,xmm2
  8a: movdqu [r15+0x40],xmm1
  93: movdqu [rbp-0x30],xmm0
  9c: cmp dword [rbp+0x20],0
  a0: movdqu xmm0,[rbp+0x10]
  a9: jne near 0xB8
  af: movdqu xmm0,[r15+0x40]
  b8: cmp dword [rbp+0x20],0
  bc: jne near 0xCB
  c2: movdqu xmm0,[rbp-0x20]
  cb: movdqu xmm1,[rbp-0x30]
  d4: por xmm1,xmm0
  d9: movaps xmm0,xmm1
  dd: mov rsp,rbp
  e0: pop rbp
  e1: ret
  e2: call 0xFFFFFFFFFFFFFE19
  e7: jmp 8
  ec: int3
  ed: int3
  ee: int3
  ef: int3
  f0: int3
  f1: int3
  f2: int3
  f3: int3
  f4: int3
  f5: int3
  f6: int3
  f7: add [rax],eax
  f9: add [rax],al
  fb: add [rax],al
  fd: add [rax],al
  ff: add al,[rax]
 101: add [rax],al
 103: add [rax],al
 105: add [rax],al

