;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0xA6
  1e: mov rsp,r11
  21: mov r12d,[rbp+0x10]
  25: xor ebx,ebx
  28: mov r11,[r15+0x18]
  2f: cmp rsp,[r11]
  34: jb near 0xA6
  3a: mov r11,[r15+0x10]
  41: mov r11,[r11+8]
  49: sub r11,0x1004
  50: jb near 0xB0
  56: cmp rbx,r11
  59: ja near 0xB0
  5f: mov eax,[r14+rbx+0x1000]
  67: mov r11,[r15+0x10]
  6e: mov r11,[r11+8]
  76: sub r11,4
  7d: jb near 0xB0
  83: cmp rbx,r11
  86: ja near 0xB0
  8c: mov [r14+rbx],eax
  94: add ebx,4
  98: cmp ebx,r12d
  9b: jb near 0x28
  a1: mov rsp,rbp
  a4: pop rbp
  a5: ret
  a6: mov eax,9
  ab: call 0xFFFFFFFFFFFFFFEF
  b0: mov eax,2
  b5: call 0xFFFFFFFFFFFFFFEF

