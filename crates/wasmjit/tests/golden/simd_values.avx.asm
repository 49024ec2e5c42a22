;; func 0 pair
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x50
   b: mov r11,[rbp+0x28]
  12: mov [rbp-0x20],r11
  19: mov r11,[rbp+0x30]
  20: mov [rbp-0x18],r11
  27: mov r11,[rbp+0x10]
  2e: mov [rbp-0x30],r11
  35: mov r11,[rbp+0x18]
  3c: mov [rbp-0x28],r11
  43: mov r11,[rbp-0x30]
  4a: mov [rbp+0x20],r11
  51: mov r11,[rbp-0x28]
  58: mov [rbp+0x28],r11
  5f: movdqu xmm0,[rbp-0x20]
  68: mov rsp,rbp
  6b: pop rbp
  6c: ret

;; func 1 
   0: mov edi,[rsp+0x18]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x90]
  10: cmp r11,[r15+0x18]
  14: jb near 0x112
  1a: mov rsp,r11
  1d: mov [rbp+0x20],rdi
  21: movdqu xmm0,[rel 0x123]
  2a: mov r11,[rbp+0x10]
  31: mov [rsp],r11
  39: mov r11,[rbp+0x18]
  40: mov [rsp+8],r11
  48: movdqu [rsp+0x18],xmm0
  52: mov edi,7
  58: call 0xFFFFFFFFFFFFFF93
  5d: mov r11,[rsp+0x10]
  65: mov [rbp-0x40],r11
  6c: mov r11,[rsp+0x18]
  74: mov [rbp-0x38],r11
  7b: mov r11,[rbp-0x40]
  82: mov [rbp-0x20],r11
  89: mov r11,[rbp-0x38]
  90: mov [rbp-0x18],r11
  97: movdqu xmm1,[r15+0x40]
  a0: movdqu xmm2,[rbp-0x20]
  a9: vpxor xmm1,xmm1,xmm2
  ae: movdqu [r15+0x40],xmm1
  b7: movdqu [rbp-0x30],xmm0
  c0: cmp dword [rbp+0x20],0
  ca: movdqu xmm0,[rbp+0x10]
  d3: jne near 0xE2
  d9: movdqu xmm0,[r15+0x40]
  e2: cmp dword [rbp+0x20],0
  ec: jne near 0xFB
  f2: movdqu xmm0,[rbp-0x20]
  fb: movdqu xmm1,[rbp-0x30]
 104: vpor xmm1,xmm1,xmm0
 109: movaps xmm0,xmm1
 10d: mov rsp,rbp
 110: pop rbp
 111: ret
 112: call 0xFFFFFFFFFFFFFDF5
 117: jmp 8
 11c: int3
 11d: int3
 11e: int3
 11f: int3
 120: int3
 121: int3
 122: int3
 123: add [rax],eax
 125: add [rax],al
 127: add [rax],al
 129: add [rax],al
 12b: add al,[rax]
 12d: add [rax],al
 12f: add [rax],al
 131: add [rax],al

