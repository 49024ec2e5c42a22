;; func 0 pair
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x50]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x83
  1e: mov rsp,r11
  21: mov r11,[rbp+0x28]
  28: mov [rbp-0x20],r11
  2f: mov r11,[rbp+0x30]
  36: mov [rbp-0x18],r11
  3d: mov r11,[rbp+0x10]
  44: mov [rbp-0x30],r11
  4b: mov r11,[rbp+0x18]
  52: mov [rbp-0x28],r11
  59: mov r11,[rbp-0x30]
  60: mov [rbp+0x20],r11
  67: mov r11,[rbp-0x28]
  6e: mov [rbp+0x28],r11
  75: movdqu xmm0,[rbp-0x20]
  7e: mov rsp,rbp
  81: pop rbp
  82: ret
  83: mov eax,9
  88: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x90]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x137
  1e: mov rsp,r11
  21: xor eax,eax
  23: mov [rbp-0x20],rax
  2a: mov [rbp-0x18],rax
  31: movdqu xmm0,[rel 0x143]
  3a: mov r11,[rbp+0x10]
  41: mov [rsp],r11
  49: mov r11,[rbp+0x18]
  50: mov [rsp+8],r11
  58: mov dword [rsp+0x10],7
  64: movdqu [rsp+0x18],xmm0
  6e: call 0xFFFFFFFFFFFFFF73
  73: mov r11,[rsp+0x10]
  7b: mov [rbp-0x40],r11
  82: mov r11,[rsp+0x18]
  8a: mov [rbp-0x38],r11
  91: mov r11,[rbp-0x40]
  98: mov [rbp-0x20],r11
  9f: mov r11,[rbp-0x38]
  a6: mov [rbp-0x18],r11
  ad: mov r11,[r15+0x40]
  b4: movdqu xmm1,[r11]
  bb: movdqu xmm2,[rbp-0x20]
  c4: vpxor xmm1,xmm1,xmm2
  c9: mov r11,[r15+0x40]
  d0: movdqu [r11],xmm1
  d7: movdqu [rbp-0x30],xmm0
  e0: cmp dword [rbp+0x20],0
  ea: movdqu xmm0,[rbp+0x10]
  f3: jne near 0x107
  f9: mov r11,[r15+0x40]
 100: movdqu xmm0,[r11]
 107: cmp dword [rbp+0x20],0
 111: jne near 0x120
 117: movdqu xmm0,[rbp-0x20]
 120: movdqu xmm1,[rbp-0x30]
 129: vpor xmm1,xmm1,xmm0
 12e: movaps xmm0,xmm1
 132: mov rsp,rbp
 135: pop rbp
 136: ret
 137: mov eax,9
 13c: call 0xFFFFFFFFFFFFFF62
 141: int3
 142: int3
 143: add [rax],eax
 145: add [rax],al
 147: add [rax],al
 149: add [rax],al
 14b: add al,[rax]
 14d: add [rax],al
 14f: add [rax],al
 151: add [rax],al

