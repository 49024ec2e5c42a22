;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x1E7
  1e: mov rsp,r11
  21: mov ebx,[rbp+0x10]
  24: mov eax,[rbp+0x18]
  27: mov r11,[r15+0x10]
  2e: mov r11,[r11+8]
  36: sub r11,4
  3d: jb near 0x1F1
  43: cmp rbx,r11
  46: ja near 0x1F1
  4c: mov [r14+rbx],eax
  54: mov eax,[rbp+0x18]
  57: mov r11,[r15+0x10]
  5e: mov r11,[r11+8]
  66: sub r11,2
  6d: jb near 0x1F1
  73: cmp rbx,r11
  76: ja near 0x1F1
  7c: mov [r14+rbx+1],al
  84: mov eax,[rbp+0x18]
  87: mov r11,[r15+0x10]
  8e: mov r11,[r11+8]
  96: sub r11,4
  9d: jb near 0x1F1
  a3: cmp rbx,r11
  a6: ja near 0x1F1
  ac: mov [r14+rbx+2],ax
  b5: mov rax,[rbp+0x18]
  b9: mov r11,[r15+0x10]
  c0: mov r11,[r11+8]
  c8: sub r11,0x10
  cf: jb near 0x1F1
  d5: cmp rbx,r11
  d8: ja near 0x1F1
  de: mov [r14+rbx+8],rax
  e6: mov rax,[rbp+0x18]
  ea: mov r11,[r15+0x10]
  f1: mov r11,[r11+8]
  f9: sub r11,1
 100: jb near 0x1F1
 106: cmp rbx,r11
 109: ja near 0x1F1
 10f: mov [r14+rbx],al
 117: mov rax,[rbp+0x18]
 11b: mov r11,[r15+0x10]
 122: mov r11,[r11+8]
 12a: sub r11,2
 131: jb near 0x1F1
 137: cmp rbx,r11
 13a: ja near 0x1F1
 140: mov [r14+rbx],ax
 149: mov rax,[rbp+0x18]
 14d: mov r11,[r15+0x10]
 154: mov r11,[r11+8]
 15c: sub r11,4
 163: jb near 0x1F1
 169: cmp rbx,r11
 16c: ja near 0x1F1
 172: mov [r14+rbx],eax
 17a: mov r11,[r15+0x10]
 181: mov r11,[r11+8]
 189: sub r11,8
 190: jb near 0x1F1
 196: cmp rbx,r11
 199: ja near 0x1F1
 19f: mov dword [r14+rbx+4],0x4D
 1ab: mov rax,0x123456789A
 1b5: mov r11,[r15+0x10]
 1bc: mov r11,[r11+8]
 1c4: sub r11,8
 1cb: jb near 0x1F1
 1d1: cmp rbx,r11
 1d4: ja near 0x1F1
 1da: mov [r14+rbx],rax
 1e2: mov rsp,rbp
 1e5: pop rbp
 1e6: ret
 1e7: mov eax,9
 1ec: call 0xFFFFFFFFFFFFFFEF
 1f1: mov eax,2
 1f6: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0xCD
  1e: mov rsp,r11
  21: movsd xmm0,[rbp+0x18]
  26: mov eax,[rbp+0x10]
  29: mov r11,[r15+0x10]
  30: mov r11,[r11+8]
  38: sub r11,8
  3f: jb near 0xD7
  45: cmp rax,r11
  48: ja near 0xD7
  4e: movsd [r14+rax],xmm0
  58: movsd xmm0,[rbp+0x18]
  5d: cvtsd2ss xmm0,xmm0
  62: mov eax,[rbp+0x10]
  65: mov r11,[r15+0x10]
  6c: mov r11,[r11+8]
  74: sub r11,0xC
  7b: jb near 0xD7
  81: cmp rax,r11
  84: ja near 0xD7
  8a: movss [r14+rax+8],xmm0
  94: mov r11,0x3FF8000000000000
  9e: movq xmm0,r11
  a3: mov r11,[r15+0x10]
  aa: mov r11,[r11+8]
  b2: sub r11,0x18
  b9: jb near 0xD7
  bf: movsd [r14+0x10],xmm0
  c8: mov rsp,rbp
  cb: pop rbp
  cc: ret
  cd: mov eax,9
  d2: call 0xFFFFFFFFFFFFFDF4
  d7: mov eax,2
  dc: call 0xFFFFFFFFFFFFFDF4

