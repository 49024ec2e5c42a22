;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x5D
  1e: mov rsp,r11
  21: mov r11,[rbp+0x10]
  25: mov [rsp],r11
  2a: mov rax,[r15+0x30]
  31: mov [rbp-8],r15
  35: mov r15,[rax+8]
  3c: mov r14,[r15+8]
  43: call qword [rax]
  49: mov r15,[rbp-8]
  4d: mov r14,[r15+8]
  54: add eax,1
  58: mov rsp,rbp
  5b: pop rbp
  5c: ret
  5d: mov eax,9
  62: call 0xFFFFFFFFFFFFFFEF

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x59
  1e: mov rsp,r11
  21: mov r11,[rbp+0x10]
  25: mov [rsp],r11
  2a: mov rax,[r15+0x38]
  31: mov [rbp-8],r15
  35: mov r15,[rax+8]
  3c: mov r14,[r15+8]
  43: call qword [rax]
  49: mov r15,[rbp-8]
  4d: mov r14,[r15+8]
  54: mov rsp,rbp
  57: pop rbp
  58: ret
  59: mov eax,9
  5e: call 0xFFFFFFFFFFFFFF88

