;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: mov rcx,[r15+0x48]
  16: mov r11,[rcx+8]
  1e: sub r11,0xC
  25: jb near 0xA5
  2b: cmp rdi,r11
  2e: ja near 0xA5
  34: mov rcx,[rcx]
  3c: mov eax,[rcx+rdi+8]
  44: mov rdx,[r15+0x48]
  4b: mov r11,[rdx+8]
  53: sub r11,0x42
  5a: jb near 0xA5
  60: mov rdx,[rdx]
  68: movsx ecx,word [rdx+0x40]
  71: add eax,ecx
  74: mov r11,[r15+0x10]
  7b: mov r11,[r11+8]
  83: sub r11,4
  8a: jb near 0xA5
  90: cmp rdi,r11
  93: ja near 0xA5
  99: mov ecx,[r14+rdi]
  9d: add eax,ecx
  a0: mov rsp,rbp
  a3: pop rbp
  a4: ret
  a5: mov eax,2
  aa: call 0xFFFFFFFFFFFFFE51

;; func 1 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: sub rsp,0x20
  13: mov rax,[r15+0x48]
  1a: mov r11,[rax+8]
  22: sub r11,4
  29: jb near 0x4D
  2f: cmp rdi,r11
  32: ja near 0x4D
  38: mov rax,[rax]
  40: mov [rax+rdi+3],sil
  48: mov rsp,rbp
  4b: pop rbp
  4c: ret
  4d: mov eax,2
  52: call 0xFFFFFFFFFFFFFDA2

