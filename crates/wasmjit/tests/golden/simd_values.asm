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
  18: jb near 0x127
  1e: mov rsp,r11
  21: movdqu xmm0,[rel 0x133]
  2a: mov r11,[rbp+0x10]
  31: mov [rsp],r11
  39: mov r11,[rbp+0x18]
  40: mov [rsp+8],r11
  48: mov dword [rsp+0x10],7
  54: movdqu [rsp+0x18],xmm0
  5e: call 0xFFFFFFFFFFFFFF73
  63: mov r11,[rsp+0x10]
  6b: mov [rbp-0x40],r11
  72: mov r11,[rsp+0x18]
  7a: mov [rbp-0x38],r11
  81: mov r11,[rbp-0x40]
  88: mov [rbp-0x20],r11
  8f: mov r11,[rbp-0x38]
  96: mov [rbp-0x18],r11
  9d: mov r11,[r15+0x40]
  a4: movdqu xmm1,[r11]
  ab: movdqu xmm2,[rbp-0x20]
  b4: pxor xmm1,xmm2
  b9: mov r11,[r15+0x40]
  c0: movdqu [r11],xmm1
  c7: movdqu [rbp-0x30],xmm0
  d0: cmp dword [rbp+0x20],0
  da: movdqu xmm0,[rbp+0x10]
  e3: jne near 0xF7
  e9: mov r11,[r15+0x40]
  f0: movdqu xmm0,[r11]
  f7: cmp dword [rbp+0x20],0
 101: jne near 0x110
 107: movdqu xmm0,[rbp-0x20]
 110: movdqu xmm1,[rbp-0x30]
 119: por xmm1,xmm0
 11e: movaps xmm0,xmm1
 122: mov rsp,rbp
 125: pop rbp
 126: ret
 127: mov eax,9
 12c: call 0xFFFFFFFFFFFFFF62
 131: int3
 132: int3
 133: add [rax],eax
 135: add [rax],al
 137: add [rax],al
 139: add [rax],al
 13b: add al,[rax]
 13d: add [rax],al
 13f: add [rax],al
 141: add [rax],al

