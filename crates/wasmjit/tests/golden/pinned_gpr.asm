;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: cmp r11,[r15+0x18]
  10: jb near 0x48
  16: mov rsp,r11
  19: mov r13d,[rbp+0x10]
  1d: xor ebx,ebx
  20: xor r12d,r12d
  23: cmp rsp,[r15+0x18]
  27: jb near 0x48
  2d: mov eax,ebx
  30: add r12,rax
  33: add ebx,1
  37: cmp ebx,r13d
  3a: jb near 0x23
  40: mov rax,r12
  43: mov rsp,rbp
  46: pop rbp
  47: ret
  48: mov eax,9
  4d: call 0xFFFFFFFFFFFFFFEF

