;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: mov r11,[r15+0x10]
  16: mov r11,[r11+8]
  1e: sub r11,4
  25: jb near 0x23D
  2b: cmp rdi,r11
  2e: ja near 0x23D
  34: mov eax,[r14+rdi]
  38: mov r11,[r15+0x10]
  3f: mov r11,[r11+8]
  47: sub r11,2
  4e: jb near 0x23D
  54: cmp rdi,r11
  57: ja near 0x23D
  5d: movsx ecx,byte [r14+rdi+1]
  66: add eax,ecx
  69: mov r11,[r15+0x10]
  70: mov r11,[r11+8]
  78: sub r11,3
  7f: jb near 0x23D
  85: cmp rdi,r11
  88: ja near 0x23D
  8e: movzx ecx,byte [r14+rdi+2]
  97: add eax,ecx
  9a: mov r11,[r15+0x10]
  a1: mov r11,[r11+8]
  a9: sub r11,5
  b0: jb near 0x23D
  b6: cmp rdi,r11
  b9: ja near 0x23D
  bf: movsx ecx,word [r14+rdi+3]
  c8: add eax,ecx
  cb: mov r11,[r15+0x10]
  d2: mov r11,[r11+8]
  da: sub r11,6
  e1: jb near 0x23D
  e7: cmp rdi,r11
  ea: ja near 0x23D
  f0: movzx ecx,word [r14+rdi+4]
  f9: add eax,ecx
  fc: mov r11,[r15+0x10]
 103: mov r11,[r11+8]
 10b: sub r11,0x10
 112: jb near 0x23D
 118: cmp rdi,r11
 11b: ja near 0x23D
 121: mov rcx,[r14+rdi+8]
 129: add rax,rcx
 12c: mov r11,[r15+0x10]
 133: mov r11,[r11+8]
 13b: sub r11,1
 142: jb near 0x23D
 148: cmp rdi,r11
 14b: ja near 0x23D
 151: movsx rcx,byte [r14+rdi]
 156: add rax,rcx
 159: mov r11,[r15+0x10]
 160: mov r11,[r11+8]
 168: sub r11,1
 16f: jb near 0x23D
 175: cmp rdi,r11
 178: ja near 0x23D
 17e: movzx ecx,byte [r14+rdi]
 183: add rax,rcx
 186: mov r11,[r15+0x10]
 18d: mov r11,[r11+8]
 195: sub r11,2
 19c: jb near 0x23D
 1a2: cmp rdi,r11
 1a5: ja near 0x23D
 1ab: movsx rcx,word [r14+rdi]
 1b0: add rax,rcx
 1b3: mov r11,[r15+0x10]
 1ba: mov r11,[r11+8]
 1c2: sub r11,2
 1c9: jb near 0x23D
 1cf: cmp rdi,r11
 1d2: ja near 0x23D
 1d8: movzx ecx,word [r14+rdi]
 1dd: add rax,rcx
 1e0: mov r11,[r15+0x10]
 1e7: mov r11,[r11+8]
 1ef: sub r11,4
 1f6: jb near 0x23D
 1fc: cmp rdi,r11
 1ff: ja near 0x23D
 205: movsxd rcx,[r14+rdi]
 209: add rax,rcx
 20c: mov r11,[r15+0x10]
 213: mov r11,[r11+8]
 21b: sub r11,4
 222: jb near 0x23D
 228: cmp rdi,r11
 22b: ja near 0x23D
 231: mov ecx,[r14+rdi]
 235: add rax,rcx
 238: mov rsp,rbp
 23b: pop rbp
 23c: ret
 23d: mov eax,2
 242: call 0xFFFFFFFFFFFFFE51

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: mov r11,[r15+0x10]
  16: mov r11,[r11+8]
  1e: sub r11,4
  25: jb near 0x78
  2b: cmp rdi,r11
  2e: ja near 0x78
  34: movss xmm0,[r14+rdi]
  3a: cvtss2sd xmm0,xmm0
  3f: mov r11,[r15+0x10]
  46: mov r11,[r11+8]
  4e: sub r11,0x18
  55: jb near 0x78
  5b: cmp rdi,r11
  5e: ja near 0x78
  64: movsd xmm1,[r14+rdi+0x10]
  6e: addsd xmm0,xmm1
  73: mov rsp,rbp
  76: pop rbp
  77: ret
  78: mov eax,2
  7d: call 0xFFFFFFFFFFFFFC0A

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x30
   b: mov r11,[r15+0x10]
  12: mov r11,[r11+8]
  1a: sub r11,0x44
  21: jb near 0x83
  27: mov eax,[r14+0x40]
  2e: mov r11,[r15+0x10]
  35: mov r11,[r11+8]
  3d: sub r11,0x7FFFFFFF
  44: jb near 0x83
  4a: sub r11,5
  51: jb near 0x83
  57: mov r11,0x80000000
  61: mov ecx,[r14+r11]
  65: add eax,ecx
  68: jmp 0x83
  6d: mov r11,0x1FFFFFFFE
  77: mov ecx,[r14+r11]
  7b: add eax,ecx
  7e: mov rsp,rbp
  81: pop rbp
  82: ret
  83: mov eax,2
  88: call 0xFFFFFFFFFFFFFB88

