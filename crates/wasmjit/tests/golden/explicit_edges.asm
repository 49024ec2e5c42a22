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
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x68
  16: mov rsp,r11
  19: mov eax,[rbp+0x10]
  1c: mov r11,[r15+0x10]
  23: mov r11,[r11+8]
  2b: sub r11,0x7FFFFFFF
  32: jb near 0x72
  38: sub r11,0x7FFFFFF5
  3f: jb near 0x72
  45: cmp rax,r11
  48: ja near 0x72
  4e: mov r11,0xFFFFFFF0
  58: add r11,rax
  5b: mov eax,[r14+r11]
  63: mov rsp,rbp
  66: pop rbp
  67: ret
  68: mov eax,9
  6d: call 0xFFFFFFFFFFFFFFA6
  72: mov eax,2
  77: call 0xFFFFFFFFFFFFFFA6

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x60
  16: mov rsp,r11
  19: mov eax,[rbp+0x18]
  1c: cmp eax,[rbp+0x10]
  23: setb al
  27: movzx eax,al
  2b: mov ecx,[rbp+0x10]
  2e: mov r11,[r15+0x10]
  35: mov r11,[r11+8]
  3d: sub r11,1
  44: jb near 0x6A
  4a: cmp rcx,r11
  4d: ja near 0x6A
  53: mov [r14+rcx],al
  5b: mov rsp,rbp
  5e: pop rbp
  5f: ret
  60: mov eax,9
  65: call 0xFFFFFFFFFFFFFF2A
  6a: mov eax,2
  6f: call 0xFFFFFFFFFFFFFF2A

