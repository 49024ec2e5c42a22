;; func 2 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x5A
  1a: mov rsp,r11
  1d: mov [rbp+0x10],rdi
  21: mov r11,[rbp+0x10]
  25: mov [rsp],r11
  2a: mov rax,[r15+0x30]
  2e: mov [rbp-8],r15
  32: mov r15,[rax+8]
  39: mov r14,[r15+8]
  40: call qword [rax]
  46: mov r15,[rbp-8]
  4a: mov r14,[r15+8]
  51: add eax,1
  55: mov rsp,rbp
  58: pop rbp
  59: ret
  5a: call 0xFFFFFFFFFFFFFE62
  5f: jmp 8

;; func 3 
   0: movsd xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: lea r11,[rsp-0x20]
  12: cmp r11,[r15+0x18]
  16: jb near 0x59
  1c: mov rsp,r11
  1f: movsd [rbp+0x10],xmm1
  24: mov r11,[rbp+0x10]
  28: mov [rsp],r11
  2d: mov rax,[r15+0x38]
  31: mov [rbp-8],r15
  35: mov r15,[rax+8]
  3c: mov r14,[r15+8]
  43: call qword [rax]
  49: mov r15,[rbp-8]
  4d: mov r14,[r15+8]
  54: mov rsp,rbp
  57: pop rbp
  58: ret
  59: call 0xFFFFFFFFFFFFFDFE
  5e: jmp 0xA

