;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x5C
  1e: mov rsp,r11
  21: mov r12d,[rbp+0x10]
  25: xor ebx,ebx
  28: mov r11,[r15+0x18]
  2f: cmp rsp,[r11]
  34: jb near 0x5C
  3a: mov eax,[r14+rbx+0x1000]
  42: mov [r14+rbx],eax
  4a: add ebx,4
  4e: cmp ebx,r12d
  51: jb near 0x28
  57: mov rsp,rbp
  5a: pop rbp
  5b: ret
  5c: mov eax,9
  61: call 0xFFFFFFFFFFFFFFEF

