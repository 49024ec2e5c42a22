;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x266
  16: mov rsp,r11
  19: mov ebx,[rbp+0x10]
  1c: mov r11,[r15+0x10]
  23: mov r11,[r11+8]
  2b: sub r11,4
  32: jb near 0x270
  38: cmp rbx,r11
  3b: ja near 0x270
  41: mov eax,[r14+rbx]
  49: mov r11,[r15+0x10]
  50: mov r11,[r11+8]
  58: sub r11,2
  5f: jb near 0x270
  65: cmp rbx,r11
  68: ja near 0x270
  6e: movsx ecx,byte [r14+rbx+1]
  77: add eax,ecx
  7a: mov r11,[r15+0x10]
  81: mov r11,[r11+8]
  89: sub r11,3
  90: jb near 0x270
  96: cmp rbx,r11
  99: ja near 0x270
  9f: movzx ecx,byte [r14+rbx+2]
  a8: add eax,ecx
  ab: mov r11,[r15+0x10]
  b2: mov r11,[r11+8]
  ba: sub r11,5
  c1: jb near 0x270
  c7: cmp rbx,r11
  ca: ja near 0x270
  d0: movsx ecx,word [r14+rbx+3]
  d9: add eax,ecx
  dc: mov r11,[r15+0x10]
  e3: mov r11,[r11+8]
  eb: sub r11,6
  f2: jb near 0x270
  f8: cmp rbx,r11
  fb: ja near 0x270
 101: movzx ecx,word [r14+rbx+4]
 10a: add eax,ecx
 10d: mov r11,[r15+0x10]
 114: mov r11,[r11+8]
 11c: sub r11,0x10
 123: jb near 0x270
 129: cmp rbx,r11
 12c: ja near 0x270
 132: mov rcx,[r14+rbx+8]
 13a: add rax,rcx
 13d: mov r11,[r15+0x10]
 144: mov r11,[r11+8]
 14c: sub r11,1
 153: jb near 0x270
 159: cmp rbx,r11
 15c: ja near 0x270
 162: movsx rcx,byte [r14+rbx]
 16b: add rax,rcx
 16e: mov r11,[r15+0x10]
 175: mov r11,[r11+8]
 17d: sub r11,1
 184: jb near 0x270
 18a: cmp rbx,r11
 18d: ja near 0x270
 193: movzx ecx,byte [r14+rbx]
 19c: add rax,rcx
 19f: mov r11,[r15+0x10]
 1a6: mov r11,[r11+8]
 1ae: sub r11,2
 1b5: jb near 0x270
 1bb: cmp rbx,r11
 1be: ja near 0x270
 1c4: movsx rcx,word [r14+rbx]
 1cd: add rax,rcx
 1d0: mov r11,[r15+0x10]
 1d7: mov r11,[r11+8]
 1df: sub r11,2
 1e6: jb near 0x270
 1ec: cmp rbx,r11
 1ef: ja near 0x270
 1f5: movzx ecx,word [r14+rbx]
 1fe: add rax,rcx
 201: mov r11,[r15+0x10]
 208: mov r11,[r11+8]
 210: sub r11,4
 217: jb near 0x270
 21d: cmp rbx,r11
 220: ja near 0x270
 226: movsxd rcx,[r14+rbx]
 22e: add rax,rcx
 231: mov r11,[r15+0x10]
 238: mov r11,[r11+8]
 240: sub r11,4
 247: jb near 0x270
 24d: cmp rbx,r11
 250: ja near 0x270
 256: mov ecx,[r14+rbx]
 25e: add rax,rcx
 261: mov rsp,rbp
 264: pop rbp
 265: ret
 266: mov eax,9
 26b: call 0xFFFFFFFFFFFFFFEF
 270: mov eax,2
 275: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x8C
  16: mov rsp,r11
  19: mov eax,[rbp+0x10]
  1c: mov r11,[r15+0x10]
  23: mov r11,[r11+8]
  2b: sub r11,4
  32: jb near 0x96
  38: cmp rax,r11
  3b: ja near 0x96
  41: movss xmm0,[r14+rax]
  4b: cvtss2sd xmm0,xmm0
  50: mov eax,[rbp+0x10]
  53: mov r11,[r15+0x10]
  5a: mov r11,[r11+8]
  62: sub r11,0x18
  69: jb near 0x96
  6f: cmp rax,r11
  72: ja near 0x96
  78: movsd xmm1,[r14+rax+0x10]
  82: addsd xmm0,xmm1
  87: mov rsp,rbp
  8a: pop rbp
  8b: ret
  8c: mov eax,9
  91: call 0xFFFFFFFFFFFFFD75
  96: mov eax,2
  9b: call 0xFFFFFFFFFFFFFD75

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x99
  16: mov rsp,r11
  19: mov r11,[r15+0x10]
  20: mov r11,[r11+8]
  28: sub r11,0x44
  2f: jb near 0xA3
  35: mov eax,[r14+0x40]
  3c: mov r11,[r15+0x10]
  43: mov r11,[r11+8]
  4b: sub r11,0x7FFFFFFF
  52: jb near 0xA3
  58: sub r11,5
  5f: jb near 0xA3
  65: mov r11,0x80000000
  6f: mov ecx,[r14+r11]
  77: add eax,ecx
  7a: jmp 0xA3
  7f: mov r11,0x1FFFFFFFE
  89: mov ecx,[r14+r11]
  91: add eax,ecx
  94: mov rsp,rbp
  97: pop rbp
  98: ret
  99: mov eax,9
  9e: call 0xFFFFFFFFFFFFFCD5
  a3: mov eax,2
  a8: call 0xFFFFFFFFFFFFFCD5

