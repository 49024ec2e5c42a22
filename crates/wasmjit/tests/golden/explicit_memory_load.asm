;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: mov r11,[r15+0x10]
  16: mov r11,[r11+8]
  1e: sub r11,4
  25: jb near 0x259
  2b: cmp rdi,r11
  2e: ja near 0x259
  34: mov eax,[r14+rdi]
  3c: mov r11,[r15+0x10]
  43: mov r11,[r11+8]
  4b: sub r11,2
  52: jb near 0x259
  58: cmp rdi,r11
  5b: ja near 0x259
  61: movsx ecx,byte [r14+rdi+1]
  6a: add eax,ecx
  6d: mov r11,[r15+0x10]
  74: mov r11,[r11+8]
  7c: sub r11,3
  83: jb near 0x259
  89: cmp rdi,r11
  8c: ja near 0x259
  92: movzx ecx,byte [r14+rdi+2]
  9b: add eax,ecx
  9e: mov r11,[r15+0x10]
  a5: mov r11,[r11+8]
  ad: sub r11,5
  b4: jb near 0x259
  ba: cmp rdi,r11
  bd: ja near 0x259
  c3: movsx ecx,word [r14+rdi+3]
  cc: add eax,ecx
  cf: mov r11,[r15+0x10]
  d6: mov r11,[r11+8]
  de: sub r11,6
  e5: jb near 0x259
  eb: cmp rdi,r11
  ee: ja near 0x259
  f4: movzx ecx,word [r14+rdi+4]
  fd: add eax,ecx
 100: mov r11,[r15+0x10]
 107: mov r11,[r11+8]
 10f: sub r11,0x10
 116: jb near 0x259
 11c: cmp rdi,r11
 11f: ja near 0x259
 125: mov rcx,[r14+rdi+8]
 12d: add rax,rcx
 130: mov r11,[r15+0x10]
 137: mov r11,[r11+8]
 13f: sub r11,1
 146: jb near 0x259
 14c: cmp rdi,r11
 14f: ja near 0x259
 155: movsx rcx,byte [r14+rdi]
 15e: add rax,rcx
 161: mov r11,[r15+0x10]
 168: mov r11,[r11+8]
 170: sub r11,1
 177: jb near 0x259
 17d: cmp rdi,r11
 180: ja near 0x259
 186: movzx ecx,byte [r14+rdi]
 18f: add rax,rcx
 192: mov r11,[r15+0x10]
 199: mov r11,[r11+8]
 1a1: sub r11,2
 1a8: jb near 0x259
 1ae: cmp rdi,r11
 1b1: ja near 0x259
 1b7: movsx rcx,word [r14+rdi]
 1c0: add rax,rcx
 1c3: mov r11,[r15+0x10]
 1ca: mov r11,[r11+8]
 1d2: sub r11,2
 1d9: jb near 0x259
 1df: cmp rdi,r11
 1e2: ja near 0x259
 1e8: movzx ecx,word [r14+rdi]
 1f1: add rax,rcx
 1f4: mov r11,[r15+0x10]
 1fb: mov r11,[r11+8]
 203: sub r11,4
 20a: jb near 0x259
 210: cmp rdi,r11
 213: ja near 0x259
 219: movsxd rcx,[r14+rdi]
 221: add rax,rcx
 224: mov r11,[r15+0x10]
 22b: mov r11,[r11+8]
 233: sub r11,4
 23a: jb near 0x259
 240: cmp rdi,r11
 243: ja near 0x259
 249: mov ecx,[r14+rdi]
 251: add rax,rcx
 254: mov rsp,rbp
 257: pop rbp
 258: ret
 259: mov eax,2
 25e: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: mov r11,[r15+0x10]
  16: mov r11,[r11+8]
  1e: sub r11,4
  25: jb near 0x7C
  2b: cmp rdi,r11
  2e: ja near 0x7C
  34: movss xmm0,[r14+rdi]
  3e: cvtss2sd xmm0,xmm0
  43: mov r11,[r15+0x10]
  4a: mov r11,[r11+8]
  52: sub r11,0x18
  59: jb near 0x7C
  5f: cmp rdi,r11
  62: ja near 0x7C
  68: movsd xmm1,[r14+rdi+0x10]
  72: addsd xmm0,xmm1
  77: mov rsp,rbp
  7a: pop rbp
  7b: ret
  7c: mov eax,2
  81: call 0xFFFFFFFFFFFFFD8C

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x30
   b: mov r11,[r15+0x10]
  12: mov r11,[r11+8]
  1a: sub r11,0x44
  21: jb near 0x8B
  27: mov eax,[r14+0x40]
  2e: mov r11,[r15+0x10]
  35: mov r11,[r11+8]
  3d: sub r11,0x7FFFFFFF
  44: jb near 0x8B
  4a: sub r11,5
  51: jb near 0x8B
  57: mov r11,0x80000000
  61: mov ecx,[r14+r11]
  69: add eax,ecx
  6c: jmp 0x8B
  71: mov r11,0x1FFFFFFFE
  7b: mov ecx,[r14+r11]
  83: add eax,ecx
  86: mov rsp,rbp
  89: pop rbp
  8a: ret
  8b: mov eax,2
  90: call 0xFFFFFFFFFFFFFD06

