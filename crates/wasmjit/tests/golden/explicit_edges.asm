;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x35
  16: mov rsp,r11
  19: jmp 0x3F
  1e: mov r11,0x1FFFFFFFE
  28: mov eax,[r14+r11]
  30: mov rsp,rbp
  33: pop rbp
  34: ret
  35: mov eax,9
  3a: call 0xFFFFFFFFFFFFFFEF
  3f: mov eax,2
  44: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x20]
  10: cmp r11,[r15+0x18]
  14: jb near 0x69
  1a: mov rsp,r11
  1d: mov r11,[r15+0x10]
  24: mov r11,[r11+8]
  2c: sub r11,0x7FFFFFFF
  33: jb near 0x73
  39: sub r11,0x7FFFFFF5
  40: jb near 0x73
  46: cmp rdi,r11
  49: ja near 0x73
  4f: mov r11,0xFFFFFFF0
  59: add r11,rdi
  5c: mov eax,[r14+r11]
  64: mov rsp,rbp
  67: pop rbp
  68: ret
  69: mov eax,9
  6e: call 0xFFFFFFFFFFFFFFA6
  73: mov eax,2
  78: call 0xFFFFFFFFFFFFFFA6

;; func 2 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: lea r11,[rsp-0x30]
  14: cmp r11,[r15+0x18]
  18: jb near 0x5E
  1e: mov rsp,r11
  21: cmp esi,edi
  24: setb al
  28: movzx eax,al
  2c: mov r11,[r15+0x10]
  33: mov r11,[r11+8]
  3b: sub r11,1
  42: jb near 0x68
  48: cmp rdi,r11
  4b: ja near 0x68
  51: mov [r14+rdi],al
  59: mov rsp,rbp
  5c: pop rbp
  5d: ret
  5e: mov eax,9
  63: call 0xFFFFFFFFFFFFFF29
  68: mov eax,2
  6d: call 0xFFFFFFFFFFFFFF29

