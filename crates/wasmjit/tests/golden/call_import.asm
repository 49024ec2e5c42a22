;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x55
  16: mov rsp,r11
  19: mov r11,[rbp+0x10]
  1d: mov [rsp],r11
  22: mov rax,[r15+0x30]
  29: mov [rbp-8],r15
  2d: mov r15,[rax+8]
  34: mov r14,[r15+8]
  3b: call qword [rax]
  41: mov r15,[rbp-8]
  45: mov r14,[r15+8]
  4c: add eax,1
  50: mov rsp,rbp
  53: pop rbp
  54: ret
  55: mov eax,9
  5a: call 0xFFFFFFFFFFFFFFEF

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x51
  16: mov rsp,r11
  19: mov r11,[rbp+0x10]
  1d: mov [rsp],r11
  22: mov rax,[r15+0x38]
  29: mov [rbp-8],r15
  2d: mov r15,[rax+8]
  34: mov r14,[r15+8]
  3b: call qword [rax]
  41: mov r15,[rbp-8]
  45: mov r14,[r15+8]
  4c: mov rsp,rbp
  4f: pop rbp
  50: ret
  51: mov eax,9
  56: call 0xFFFFFFFFFFFFFF90

