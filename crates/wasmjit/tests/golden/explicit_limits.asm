;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x20
   f: mov r11,[r15+0x10]
  16: mov r11,[r11+8]
  1e: sub r11,0x40
  25: jb near 0x41
  2b: cmp rdi,r11
  2e: ja near 0x41
  34: mov eax,[r14+rdi+0x3C]
  3c: mov rsp,rbp
  3f: pop rbp
  40: ret
  41: mov eax,2
  46: call 0xFFFFFFFFFFFFFE51

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x20
   f: mov r11,[r15+0x10]
  16: mov r11,[r11+8]
  1e: sub r11,0x41
  25: jb near 0x41
  2b: cmp rdi,r11
  2e: ja near 0x41
  34: mov eax,[r14+rdi+0x3D]
  3c: mov rsp,rbp
  3f: pop rbp
  40: ret
  41: mov eax,2
  46: call 0xFFFFFFFFFFFFFE06

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x20
   b: mov r11,[r15+0x10]
  12: mov r11,[r11+8]
  1a: sub r11,0x408
  21: jb near 0x33
  27: mov rax,[r14+0x400]
  2e: mov rsp,rbp
  31: pop rbp
  32: ret
  33: mov eax,2
  38: call 0xFFFFFFFFFFFFFDBB

;; func 3 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: sub rsp,0x20
  13: mov rax,[r15+0x58]
  17: mov r11,[rax+8]
  1f: sub r11,0x40
  26: jb near 0x47
  2c: cmp rdi,r11
  2f: ja near 0x47
  35: mov rax,[rax]
  39: mov [rax+rdi+0x3E],si
  42: mov rsp,rbp
  45: pop rbp
  46: ret
  47: mov eax,2
  4c: call 0xFFFFFFFFFFFFFD7E

