;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x39
  1e: mov rsp,r11
  21: mov rax,[r15+0x10]
  28: mov rax,[rax+8]
  30: shr rax,0x10
  34: mov rsp,rbp
  37: pop rbp
  38: ret
  39: mov eax,9
  3e: call 0xFFFFFFFFFFFFFFF0

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x3C
  1e: mov rsp,r11
  21: mov esi,[rbp+0x10]
  24: mov rdi,[r15+0x10]
  2b: mov rax, <addr>
  35: call rax
  37: mov rsp,rbp
  3a: pop rbp
  3b: ret
  3c: mov eax,9
  41: call 0xFFFFFFFFFFFFFFAD

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x55
  1e: mov rsp,r11
  21: mov esi,1
  27: mov rdi,[r15+0x10]
  2e: mov rax, <addr>
  38: call rax
  3a: mov rcx,[r15+0x10]
  41: mov rcx,[rcx+8]
  49: shr rcx,0x10
  4d: add eax,ecx
  50: mov rsp,rbp
  53: pop rbp
  54: ret
  55: mov eax,9
  5a: call 0xFFFFFFFFFFFFFF67

