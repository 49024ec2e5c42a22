;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x5D
  1e: mov rsp,r11
  21: mov r13d,[rbp+0x10]
  25: xor ebx,ebx
  28: xor r12d,r12d
  2b: mov r11,[r15+0x18]
  32: cmp rsp,[r11]
  37: jb near 0x5D
  3d: cmp ebx,r13d
  40: setl r12b
  44: movzx r12d,r12b
  48: add ebx,1
  4c: test r12d,r12d
  4f: jne near 0x2B
  55: mov eax,r12d
  58: mov rsp,rbp
  5b: pop rbp
  5c: ret
  5d: mov eax,9
  62: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x49
  1e: mov rsp,r11
  21: xor eax,eax
  23: mov [rbp-0x10],rax
  2a: cmp qword [rbp+0x10],0
  35: setg al
  39: movzx eax,al
  3d: mov [rbp-0x10],rax
  41: mov eax,[rbp-0x10]
  44: mov rsp,rbp
  47: pop rbp
  48: ret
  49: mov eax,9
  4e: call 0xFFFFFFFFFFFFFF88

