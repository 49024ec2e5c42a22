;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: xor ebx,ebx
  12: cmp rsp,[r15+0x18]
  16: jb near 0x3E
  1c: mov eax,[r14+rbx+0x1000]
  24: mov [r14+rbx],eax
  2c: add ebx,4
  30: cmp ebx,edi
  33: jb near 0x12
  39: mov rsp,rbp
  3c: pop rbp
  3d: ret
  3e: mov eax,9
  43: call 0xFFFFFFFFFFFFFFEF

