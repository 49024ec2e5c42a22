;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x5A
  1e: mov rsp,r11
  21: mov r13d,[rbp+0x10]
  25: xor ebx,ebx
  28: mov r11,[r15+0x18]
  2f: cmp rsp,[r11]
  34: jb near 0x5A
  3a: cmp ebx,r13d
  3d: setl r12b
  41: movzx r12d,r12b
  45: add ebx,1
  49: test r12d,r12d
  4c: jne near 0x28
  52: mov eax,r12d
  55: mov rsp,rbp
  58: pop rbp
  59: ret
  5a: mov eax,9
  5f: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x40
  1e: mov rsp,r11
  21: cmp qword [rbp+0x10],0
  2c: setg al
  30: movzx eax,al
  34: mov [rbp-0x10],rax
  38: mov eax,[rbp-0x10]
  3b: mov rsp,rbp
  3e: pop rbp
  3f: ret
  40: mov eax,9
  45: call 0xFFFFFFFFFFFFFF8B

