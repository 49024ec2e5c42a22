;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x3F
  16: mov rsp,r11
  19: mov esi,[rbp+0x10]
  1c: mov edx,[rbp+0x18]
  1f: mov ecx,[rbp+0x20]
  22: mov rdi,r15
  25: mov rax,[r15+0x28]
  2c: call qword [rax+0x38]
  32: test eax,eax
  34: jne near 0x49
  3a: mov rsp,rbp
  3d: pop rbp
  3e: ret
  3f: mov eax,9
  44: call 0xFFFFFFFFFFFFFFEF
  49: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x3F
  16: mov rsp,r11
  19: mov esi,[rbp+0x10]
  1c: mov edx,[rbp+0x18]
  1f: mov ecx,[rbp+0x20]
  22: mov rdi,r15
  25: mov rax,[r15+0x28]
  2c: call qword [rax+0x40]
  32: test eax,eax
  34: jne near 0x49
  3a: mov rsp,rbp
  3d: pop rbp
  3e: ret
  3f: mov eax,9
  44: call 0xFFFFFFFFFFFFFFA1
  49: call 0xFFFFFFFFFFFFFFA1

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x4B
  16: mov rsp,r11
  19: mov edx,[rbp+0x10]
  1c: mov ecx,0
  22: mov r8d,5
  28: mov esi,0
  2e: mov rdi,r15
  31: mov rax,[r15+0x28]
  38: call qword [rax+0x48]
  3e: test eax,eax
  40: jne near 0x55
  46: mov rsp,rbp
  49: pop rbp
  4a: ret
  4b: mov eax,9
  50: call 0xFFFFFFFFFFFFFF53
  55: call 0xFFFFFFFFFFFFFF53

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
  29: call qword [rax+0x50]
  2f: mov rsp,rbp
  32: pop rbp
  33: ret
  34: mov eax,9
  39: call 0xFFFFFFFFFFFFFEF9

