;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x26E
  1e: mov rsp,r11
  21: mov ebx,[rbp+0x10]
  24: mov r11,[r15+0x10]
  2b: mov r11,[r11+8]
  33: sub r11,4
  3a: jb near 0x278
  40: cmp rbx,r11
  43: ja near 0x278
  49: mov eax,[r14+rbx]
  51: mov r11,[r15+0x10]
  58: mov r11,[r11+8]
  60: sub r11,2
  67: jb near 0x278
  6d: cmp rbx,r11
  70: ja near 0x278
  76: movsx ecx,byte [r14+rbx+1]
  7f: add eax,ecx
  82: mov r11,[r15+0x10]
  89: mov r11,[r11+8]
  91: sub r11,3
  98: jb near 0x278
  9e: cmp rbx,r11
  a1: ja near 0x278
  a7: movzx ecx,byte [r14+rbx+2]
  b0: add eax,ecx
  b3: mov r11,[r15+0x10]
  ba: mov r11,[r11+8]
  c2: sub r11,5
  c9: jb near 0x278
  cf: cmp rbx,r11
  d2: ja near 0x278
  d8: movsx ecx,word [r14+rbx+3]
  e1: add eax,ecx
  e4: mov r11,[r15+0x10]
  eb: mov r11,[r11+8]
  f3: sub r11,6
  fa: jb near 0x278
 100: cmp rbx,r11
 103: ja near 0x278
 109: movzx ecx,word [r14+rbx+4]
 112: add eax,ecx
 115: mov r11,[r15+0x10]
 11c: mov r11,[r11+8]
 124: sub r11,0x10
 12b: jb near 0x278
 131: cmp rbx,r11
 134: ja near 0x278
 13a: mov rcx,[r14+rbx+8]
 142: add rax,rcx
 145: mov r11,[r15+0x10]
 14c: mov r11,[r11+8]
 154: sub r11,1
 15b: jb near 0x278
 161: cmp rbx,r11
 164: ja near 0x278
 16a: movsx rcx,byte [r14+rbx]
 173: add rax,rcx
 176: mov r11,[r15+0x10]
 17d: mov r11,[r11+8]
 185: sub r11,1
 18c: jb near 0x278
 192: cmp rbx,r11
 195: ja near 0x278
 19b: movzx ecx,byte [r14+rbx]
 1a4: add rax,rcx
 1a7: mov r11,[r15+0x10]
 1ae: mov r11,[r11+8]
 1b6: sub r11,2
 1bd: jb near 0x278
 1c3: cmp rbx,r11
 1c6: ja near 0x278
 1cc: movsx rcx,word [r14+rbx]
 1d5: add rax,rcx
 1d8: mov r11,[r15+0x10]
 1df: mov r11,[r11+8]
 1e7: sub r11,2
 1ee: jb near 0x278
 1f4: cmp rbx,r11
 1f7: ja near 0x278
 1fd: movzx ecx,word [r14+rbx]
 206: add rax,rcx
 209: mov r11,[r15+0x10]
 210: mov r11,[r11+8]
 218: sub r11,4
 21f: jb near 0x278
 225: cmp rbx,r11
 228: ja near 0x278
 22e: movsxd rcx,[r14+rbx]
 236: add rax,rcx
 239: mov r11,[r15+0x10]
 240: mov r11,[r11+8]
 248: sub r11,4
 24f: jb near 0x278
 255: cmp rbx,r11
 258: ja near 0x278
 25e: mov ecx,[r14+rbx]
 266: add rax,rcx
 269: mov rsp,rbp
 26c: pop rbp
 26d: ret
 26e: mov eax,9
 273: call 0xFFFFFFFFFFFFFFEF
 278: mov eax,2
 27d: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x94
  1e: mov rsp,r11
  21: mov eax,[rbp+0x10]
  24: mov r11,[r15+0x10]
  2b: mov r11,[r11+8]
  33: sub r11,4
  3a: jb near 0x9E
  40: cmp rax,r11
  43: ja near 0x9E
  49: movss xmm0,[r14+rax]
  53: cvtss2sd xmm0,xmm0
  58: mov eax,[rbp+0x10]
  5b: mov r11,[r15+0x10]
  62: mov r11,[r11+8]
  6a: sub r11,0x18
  71: jb near 0x9E
  77: cmp rax,r11
  7a: ja near 0x9E
  80: movsd xmm1,[r14+rax+0x10]
  8a: addsd xmm0,xmm1
  8f: mov rsp,rbp
  92: pop rbp
  93: ret
  94: mov eax,9
  99: call 0xFFFFFFFFFFFFFD6D
  9e: mov eax,2
  a3: call 0xFFFFFFFFFFFFFD6D

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0xA1
  1e: mov rsp,r11
  21: mov r11,[r15+0x10]
  28: mov r11,[r11+8]
  30: sub r11,0x44
  37: jb near 0xAB
  3d: mov eax,[r14+0x40]
  44: mov r11,[r15+0x10]
  4b: mov r11,[r11+8]
  53: sub r11,0x7FFFFFFF
  5a: jb near 0xAB
  60: sub r11,5
  67: jb near 0xAB
  6d: mov r11,0x80000000
  77: mov ecx,[r14+r11]
  7f: add eax,ecx
  82: jmp 0xAB
  87: mov r11,0x1FFFFFFFE
  91: mov ecx,[r14+r11]
  99: add eax,ecx
  9c: mov rsp,rbp
  9f: pop rbp
  a0: ret
  a1: mov eax,9
  a6: call 0xFFFFFFFFFFFFFCC5
  ab: mov eax,2
  b0: call 0xFFFFFFFFFFFFFCC5

