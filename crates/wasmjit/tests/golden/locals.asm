;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x80]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x79
  1e: mov rsp,r11
  21: xor eax,eax
  23: mov [rbp-0x10],rax
  2a: mov [rbp-0x18],rax
  31: mov [rbp-0x20],rax
  38: mov [rbp-0x28],rax
  3f: mov [rbp-0x30],rax
  46: mov [rbp-0x38],rax
  4d: mov [rbp-0x40],rax
  54: mov [rbp-0x48],rax
  5b: mov [rbp-0x50],rax
  62: mov [rbp-0x58],rax
  69: mov rax,[rbp-0x18]
  6d: add rax,[rbp-0x58]
  74: mov rsp,rbp
  77: pop rbp
  78: ret
  79: mov eax,9
  7e: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x39
  1e: mov rsp,r11
  21: mov eax,[rbp+0x10]
  24: add eax,1
  28: mov [rbp-0x10],rax
  2c: imul eax,[rbp-0x10]
  34: mov rsp,rbp
  37: pop rbp
  38: ret
  39: mov eax,9
  3e: call 0xFFFFFFFFFFFFFF6C

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x44
  1e: mov rsp,r11
  21: mov r11,[rbp+0x10]
  25: mov [rbp-0x10],r11
  29: mov dword [rbp+0x10],5
  35: mov eax,[rbp-0x10]
  38: sub eax,[rbp+0x10]
  3f: mov rsp,rbp
  42: pop rbp
  43: ret
  44: mov eax,9
  49: call 0xFFFFFFFFFFFFFF29

