;; func 2 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x5D
  1a: mov rsp,r11
  1d: mov [rbp+0x10],rdi
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
  5d: call 0xFFFFFFFFFFFFFE62
  62: jmp 8

;; func 3 
   0: movsd xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: lea r11,[rsp-0x20]
  12: cmp r11,[r15+0x18]
  16: jb near 0x5C
  1c: mov rsp,r11
  1f: movsd [rbp+0x10],xmm1
  24: mov r11,[rbp+0x10]
  28: mov [rsp],r11
  2d: mov rax,[r15+0x38]
  34: mov [rbp-8],r15
  38: mov r15,[rax+8]
  3f: mov r14,[r15+8]
  46: call qword [rax]
  4c: mov r15,[rbp-8]
  50: mov r14,[r15+8]
  57: mov rsp,rbp
  5a: pop rbp
  5b: ret
  5c: call 0xFFFFFFFFFFFFFDFB
  61: jmp 0xA

