;; func 0 f
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x2D
  1e: mov rsp,r11
  21: mov eax,[rbp+0x10]
  24: add eax,1
  28: mov rsp,rbp
  2b: pop rbp
  2c: ret
  2d: mov eax,9
  32: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x6C
  1e: mov rsp,r11
  21: mov r12d,[rbp+0x10]
  25: xor ebx,ebx
  28: mov r11,[r15+0x18]
  2f: cmp rsp,[r11]
  34: jb near 0x6C
  3a: mov [rsp],rbx
  3f: mov [rbp+0x10],r12
  43: mov [rbp-0x10],rbx
  47: call 0xFFFFFFFFFFFFFFC9
  4c: mov r12,[rbp+0x10]
  50: mov rbx,[rbp-0x10]
  54: mov ebx,eax
  57: sub r12d,1
  5b: test r12d,r12d
  5e: jne near 0x28
  64: mov eax,ebx
  67: mov rsp,rbp
  6a: pop rbp
  6b: ret
  6c: mov eax,9
  71: call 0xFFFFFFFFFFFFFFB8

