;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x4C
  1a: mov rsp,r11
  1d: xor ebx,ebx
  20: cmp rsp,[r15+0x18]
  24: jb near 0x4C
  2a: mov eax,[r14+rbx+0x1000]
  32: mov [r14+rbx],eax
  3a: add ebx,4
  3e: cmp ebx,edi
  41: jb near 0x20
  47: mov rsp,rbp
  4a: pop rbp
  4b: ret
  4c: mov eax,9
  51: call 0xFFFFFFFFFFFFFFEF

