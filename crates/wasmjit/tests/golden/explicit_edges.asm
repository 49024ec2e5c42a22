;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x20
   b: jmp 0x23
  10: mov r11,0x1FFFFFFFE
  1a: mov eax,[r14+r11]
  1e: mov rsp,rbp
  21: pop rbp
  22: ret
  23: mov eax,2
  28: call 0xFFFFFFFFFFFFFE51

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x20
   f: mov r11,[r15+0x10]
  16: mov r11,[r11+8]
  1e: sub r11,0x7FFFFFFF
  25: jb near 0x57
  2b: sub r11,0x7FFFFFF5
  32: jb near 0x57
  38: cmp rdi,r11
  3b: ja near 0x57
  41: mov r11,0xFFFFFFF0
  4b: add r11,rdi
  4e: mov eax,[r14+r11]
  52: mov rsp,rbp
  55: pop rbp
  56: ret
  57: mov eax,2
  5c: call 0xFFFFFFFFFFFFFE24

;; func 2 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: sub rsp,0x30
  13: cmp esi,edi
  16: setb al
  1a: movzx eax,al
  1e: mov r11,[r15+0x10]
  25: mov r11,[r11+8]
  2d: sub r11,1
  34: jb near 0x4C
  3a: cmp rdi,r11
  3d: ja near 0x4C
  43: mov [r14+rdi],al
  47: mov rsp,rbp
  4a: pop rbp
  4b: ret
  4c: mov eax,2
  51: call 0xFFFFFFFFFFFFFDC3

