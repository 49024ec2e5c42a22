;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x58
  1e: mov rsp,r11
  21: mov r13d,[rbp+0x10]
  25: xor ebx,ebx
  28: xor r12d,r12d
  2b: mov r11,[r15+0x18]
  32: cmp rsp,[r11]
  37: jb near 0x58
  3d: mov eax,ebx
  40: add r12,rax
  43: add ebx,1
  47: cmp ebx,r13d
  4a: jb near 0x2B
  50: mov rax,r12
  53: mov rsp,rbp
  56: pop rbp
  57: ret
  58: mov eax,9
  5d: call 0xFFFFFFFFFFFFFFEF

