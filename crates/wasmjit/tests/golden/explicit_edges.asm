;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x3D
  1e: mov rsp,r11
  21: jmp 0x47
  26: mov r11,0x1FFFFFFFE
  30: mov eax,[r14+r11]
  38: mov rsp,rbp
  3b: pop rbp
  3c: ret
  3d: mov eax,9
  42: call 0xFFFFFFFFFFFFFFEF
  47: mov eax,2
  4c: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x70
  1e: mov rsp,r11
  21: mov eax,[rbp+0x10]
  24: mov r11,[r15+0x10]
  2b: mov r11,[r11+8]
  33: sub r11,0x7FFFFFFF
  3a: jb near 0x7A
  40: sub r11,0x7FFFFFF5
  47: jb near 0x7A
  4d: cmp rax,r11
  50: ja near 0x7A
  56: mov r11,0xFFFFFFF0
  60: add r11,rax
  63: mov eax,[r14+r11]
  6b: mov rsp,rbp
  6e: pop rbp
  6f: ret
  70: mov eax,9
  75: call 0xFFFFFFFFFFFFFF9E
  7a: mov eax,2
  7f: call 0xFFFFFFFFFFFFFF9E

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x68
  1e: mov rsp,r11
  21: mov eax,[rbp+0x18]
  24: cmp eax,[rbp+0x10]
  2b: setb al
  2f: movzx eax,al
  33: mov ecx,[rbp+0x10]
  36: mov r11,[r15+0x10]
  3d: mov r11,[r11+8]
  45: sub r11,1
  4c: jb near 0x72
  52: cmp rcx,r11
  55: ja near 0x72
  5b: mov [r14+rcx],al
  63: mov rsp,rbp
  66: pop rbp
  67: ret
  68: mov eax,9
  6d: call 0xFFFFFFFFFFFFFF1A
  72: mov eax,2
  77: call 0xFFFFFFFFFFFFFF1A

