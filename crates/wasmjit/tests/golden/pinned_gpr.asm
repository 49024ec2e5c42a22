;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x40]
  10: cmp r11,[r15+0x18]
  14: jb near 0x48
  1a: mov rsp,r11
  1d: xor ebx,ebx
  20: xor r12d,r12d
  23: cmp rsp,[r15+0x18]
  27: jb near 0x48
  2d: mov eax,ebx
  30: add r12,rax
  33: add ebx,1
  37: cmp ebx,edi
  3a: jb near 0x23
  40: mov rax,r12
  43: mov rsp,rbp
  46: pop rbp
  47: ret
  48: mov eax,9
  4d: call 0xFFFFFFFFFFFFFFEF

