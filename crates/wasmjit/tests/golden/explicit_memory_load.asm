;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x267
  1a: mov rsp,r11
  1d: mov r11,[r15+0x10]
  24: mov r11,[r11+8]
  2c: sub r11,4
  33: jb near 0x271
  39: cmp rdi,r11
  3c: ja near 0x271
  42: mov eax,[r14+rdi]
  4a: mov r11,[r15+0x10]
  51: mov r11,[r11+8]
  59: sub r11,2
  60: jb near 0x271
  66: cmp rdi,r11
  69: ja near 0x271
  6f: movsx ecx,byte [r14+rdi+1]
  78: add eax,ecx
  7b: mov r11,[r15+0x10]
  82: mov r11,[r11+8]
  8a: sub r11,3
  91: jb near 0x271
  97: cmp rdi,r11
  9a: ja near 0x271
  a0: movzx ecx,byte [r14+rdi+2]
  a9: add eax,ecx
  ac: mov r11,[r15+0x10]
  b3: mov r11,[r11+8]
  bb: sub r11,5
  c2: jb near 0x271
  c8: cmp rdi,r11
  cb: ja near 0x271
  d1: movsx ecx,word [r14+rdi+3]
  da: add eax,ecx
  dd: mov r11,[r15+0x10]
  e4: mov r11,[r11+8]
  ec: sub r11,6
  f3: jb near 0x271
  f9: cmp rdi,r11
  fc: ja near 0x271
 102: movzx ecx,word [r14+rdi+4]
 10b: add eax,ecx
 10e: mov r11,[r15+0x10]
 115: mov r11,[r11+8]
 11d: sub r11,0x10
 124: jb near 0x271
 12a: cmp rdi,r11
 12d: ja near 0x271
 133: mov rcx,[r14+rdi+8]
 13b: add rax,rcx
 13e: mov r11,[r15+0x10]
 145: mov r11,[r11+8]
 14d: sub r11,1
 154: jb near 0x271
 15a: cmp rdi,r11
 15d: ja near 0x271
 163: movsx rcx,byte [r14+rdi]
 16c: add rax,rcx
 16f: mov r11,[r15+0x10]
 176: mov r11,[r11+8]
 17e: sub r11,1
 185: jb near 0x271
 18b: cmp rdi,r11
 18e: ja near 0x271
 194: movzx ecx,byte [r14+rdi]
 19d: add rax,rcx
 1a0: mov r11,[r15+0x10]
 1a7: mov r11,[r11+8]
 1af: sub r11,2
 1b6: jb near 0x271
 1bc: cmp rdi,r11
 1bf: ja near 0x271
 1c5: movsx rcx,word [r14+rdi]
 1ce: add rax,rcx
 1d1: mov r11,[r15+0x10]
 1d8: mov r11,[r11+8]
 1e0: sub r11,2
 1e7: jb near 0x271
 1ed: cmp rdi,r11
 1f0: ja near 0x271
 1f6: movzx ecx,word [r14+rdi]
 1ff: add rax,rcx
 202: mov r11,[r15+0x10]
 209: mov r11,[r11+8]
 211: sub r11,4
 218: jb near 0x271
 21e: cmp rdi,r11
 221: ja near 0x271
 227: movsxd rcx,[r14+rdi]
 22f: add rax,rcx
 232: mov r11,[r15+0x10]
 239: mov r11,[r11+8]
 241: sub r11,4
 248: jb near 0x271
 24e: cmp rdi,r11
 251: ja near 0x271
 257: mov ecx,[r14+rdi]
 25f: add rax,rcx
 262: mov rsp,rbp
 265: pop rbp
 266: ret
 267: mov eax,9
 26c: call 0xFFFFFFFFFFFFFFEF
 271: mov eax,2
 276: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x8A
  1a: mov rsp,r11
  1d: mov r11,[r15+0x10]
  24: mov r11,[r11+8]
  2c: sub r11,4
  33: jb near 0x94
  39: cmp rdi,r11
  3c: ja near 0x94
  42: movss xmm0,[r14+rdi]
  4c: cvtss2sd xmm0,xmm0
  51: mov r11,[r15+0x10]
  58: mov r11,[r11+8]
  60: sub r11,0x18
  67: jb near 0x94
  6d: cmp rdi,r11
  70: ja near 0x94
  76: movsd xmm1,[r14+rdi+0x10]
  80: addsd xmm0,xmm1
  85: mov rsp,rbp
  88: pop rbp
  89: ret
  8a: mov eax,9
  8f: call 0xFFFFFFFFFFFFFD74
  94: mov eax,2
  99: call 0xFFFFFFFFFFFFFD74

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
  9e: call 0xFFFFFFFFFFFFFCD6
  a3: mov eax,2
  a8: call 0xFFFFFFFFFFFFFCD6

