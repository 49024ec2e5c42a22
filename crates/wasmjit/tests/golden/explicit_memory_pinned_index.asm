;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x96
  1a: mov rsp,r11
  1d: xor ebx,ebx
  20: cmp rsp,[r15+0x18]
  24: jb near 0x96
  2a: mov r11,[r15+0x10]
  31: mov r11,[r11+8]
  39: sub r11,0x1004
  40: jb near 0xA0
  46: cmp rbx,r11
  49: ja near 0xA0
  4f: mov eax,[r14+rbx+0x1000]
  57: mov r11,[r15+0x10]
  5e: mov r11,[r11+8]
  66: sub r11,4
  6d: jb near 0xA0
  73: cmp rbx,r11
  76: ja near 0xA0
  7c: mov [r14+rbx],eax
  84: add ebx,4
  88: cmp ebx,edi
  8b: jb near 0x20
  91: mov rsp,rbp
  94: pop rbp
  95: ret
  96: mov eax,9
  9b: call 0xFFFFFFFFFFFFFFEF
  a0: mov eax,2
  a5: call 0xFFFFFFFFFFFFFFEF

