;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x1DF
  16: mov rsp,r11
  19: mov ebx,[rbp+0x10]
  1c: mov eax,[rbp+0x18]
  1f: mov r11,[r15+0x10]
  26: mov r11,[r11+8]
  2e: sub r11,4
  35: jb near 0x1E9
  3b: cmp rbx,r11
  3e: ja near 0x1E9
  44: mov [r14+rbx],eax
  4c: mov eax,[rbp+0x18]
  4f: mov r11,[r15+0x10]
  56: mov r11,[r11+8]
  5e: sub r11,2
  65: jb near 0x1E9
  6b: cmp rbx,r11
  6e: ja near 0x1E9
  74: mov [r14+rbx+1],al
  7c: mov eax,[rbp+0x18]
  7f: mov r11,[r15+0x10]
  86: mov r11,[r11+8]
  8e: sub r11,4
  95: jb near 0x1E9
  9b: cmp rbx,r11
  9e: ja near 0x1E9
  a4: mov [r14+rbx+2],ax
  ad: mov rax,[rbp+0x18]
  b1: mov r11,[r15+0x10]
  b8: mov r11,[r11+8]
  c0: sub r11,0x10
  c7: jb near 0x1E9
  cd: cmp rbx,r11
  d0: ja near 0x1E9
  d6: mov [r14+rbx+8],rax
  de: mov rax,[rbp+0x18]
  e2: mov r11,[r15+0x10]
  e9: mov r11,[r11+8]
  f1: sub r11,1
  f8: jb near 0x1E9
  fe: cmp rbx,r11
 101: ja near 0x1E9
 107: mov [r14+rbx],al
 10f: mov rax,[rbp+0x18]
 113: mov r11,[r15+0x10]
 11a: mov r11,[r11+8]
 122: sub r11,2
 129: jb near 0x1E9
 12f: cmp rbx,r11
 132: ja near 0x1E9
 138: mov [r14+rbx],ax
 141: mov rax,[rbp+0x18]
 145: mov r11,[r15+0x10]
 14c: mov r11,[r11+8]
 154: sub r11,4
 15b: jb near 0x1E9
 161: cmp rbx,r11
 164: ja near 0x1E9
 16a: mov [r14+rbx],eax
 172: mov r11,[r15+0x10]
 179: mov r11,[r11+8]
 181: sub r11,8
 188: jb near 0x1E9
 18e: cmp rbx,r11
 191: ja near 0x1E9
 197: mov dword [r14+rbx+4],0x4D
 1a3: mov rax,0x123456789A
 1ad: mov r11,[r15+0x10]
 1b4: mov r11,[r11+8]
 1bc: sub r11,8
 1c3: jb near 0x1E9
 1c9: cmp rbx,r11
 1cc: ja near 0x1E9
 1d2: mov [r14+rbx],rax
 1da: mov rsp,rbp
 1dd: pop rbp
 1de: ret
 1df: mov eax,9
 1e4: call 0xFFFFFFFFFFFFFFEF
 1e9: mov eax,2
 1ee: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0xC5
  16: mov rsp,r11
  19: movsd xmm0,[rbp+0x18]
  1e: mov eax,[rbp+0x10]
  21: mov r11,[r15+0x10]
  28: mov r11,[r11+8]
  30: sub r11,8
  37: jb near 0xCF
  3d: cmp rax,r11
  40: ja near 0xCF
  46: movsd [r14+rax],xmm0
  50: movsd xmm0,[rbp+0x18]
  55: cvtsd2ss xmm0,xmm0
  5a: mov eax,[rbp+0x10]
  5d: mov r11,[r15+0x10]
  64: mov r11,[r11+8]
  6c: sub r11,0xC
  73: jb near 0xCF
  79: cmp rax,r11
  7c: ja near 0xCF
  82: movss [r14+rax+8],xmm0
  8c: mov r11,0x3FF8000000000000
  96: movq xmm0,r11
  9b: mov r11,[r15+0x10]
  a2: mov r11,[r11+8]
  aa: sub r11,0x18
  b1: jb near 0xCF
  b7: movsd [r14+0x10],xmm0
  c0: mov rsp,rbp
  c3: pop rbp
  c4: ret
  c5: mov eax,9
  ca: call 0xFFFFFFFFFFFFFDFC
  cf: mov eax,2
  d4: call 0xFFFFFFFFFFFFFDFC

