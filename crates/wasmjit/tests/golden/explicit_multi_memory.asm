;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: mov rcx,[r15+0x48]
  13: mov r11,[rcx+8]
  1b: sub r11,0xC
  22: jb near 0x97
  28: cmp rdi,r11
  2b: ja near 0x97
  31: mov rcx,[rcx]
  35: mov eax,[rcx+rdi+8]
  3d: mov rdx,[r15+0x48]
  41: mov r11,[rdx+8]
  49: sub r11,0x42
  50: jb near 0x97
  56: mov rdx,[rdx]
  5a: movsx ecx,word [rdx+0x40]
  63: add eax,ecx
  66: mov r11,[r15+0x10]
  6d: mov r11,[r11+8]
  75: sub r11,4
  7c: jb near 0x97
  82: cmp rdi,r11
  85: ja near 0x97
  8b: mov ecx,[r14+rdi]
  8f: add eax,ecx
  92: mov rsp,rbp
  95: pop rbp
  96: ret
  97: mov eax,2
  9c: call 0xFFFFFFFFFFFFFE51

;; func 1 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: sub rsp,0x20
  13: mov rax,[r15+0x48]
  17: mov r11,[rax+8]
  1f: sub r11,4
  26: jb near 0x46
  2c: cmp rdi,r11
  2f: ja near 0x46
  35: mov rax,[rax]
  39: mov [rax+rdi+3],sil
  41: mov rsp,rbp
  44: pop rbp
  45: ret
  46: mov eax,2
  4b: call 0xFFFFFFFFFFFFFDB0

