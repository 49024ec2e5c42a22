;; func 0 f
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x10]
   c: cmp r11,[r15+0x18]
  10: jb near 0x1E
  16: mov rsp,r11
  19: mov rsp,rbp
  1c: pop rbp
  1d: ret
  1e: mov eax,9
  23: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x4D
  16: mov rsp,r11
  19: mov ecx,[rbp+0x10]
  1c: mov r8d,[rbp+0x18]
  20: mov r9d,[rbp+0x20]
  24: mov esi,0
  2a: mov edx,1
  30: mov rdi,r15
  33: mov rax,[r15+0x28]
  3a: call qword [rax+0x20]
  40: test eax,eax
  42: jne near 0x57
  48: mov rsp,rbp
  4b: pop rbp
  4c: ret
  4d: mov eax,9
  52: call 0xFFFFFFFFFFFFFFC7
  57: call 0xFFFFFFFFFFFFFFC7

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x51
  16: mov rsp,r11
  19: mov ecx,[rbp+0x10]
  1c: mov r8d,0
  22: mov r9d,2
  28: mov esi,1
  2e: mov edx,0
  34: mov rdi,r15
  37: mov rax,[r15+0x28]
  3e: call qword [rax+0x28]
  44: test eax,eax
  46: jne near 0x5B
  4c: mov rsp,rbp
  4f: pop rbp
  50: ret
  51: mov eax,9
  56: call 0xFFFFFFFFFFFFFF6B
  5b: call 0xFFFFFFFFFFFFFF6B

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x10]
   c: cmp r11,[r15+0x18]
  10: jb near 0x34
  16: mov rsp,r11
  19: mov esi,0
  1f: mov rdi,r15
  22: mov rax,[r15+0x28]
  29: call qword [rax+0x30]
  2f: mov rsp,rbp
  32: pop rbp
  33: ret
  34: mov eax,9
  39: call 0xFFFFFFFFFFFFFF0B

