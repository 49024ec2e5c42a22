;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x70]
  10: cmp r11,[r15+0x18]
  14: jb near 0x9A
  1a: mov rsp,r11
  1d: xor eax,eax
  1f: mov [rbp-0x40],rax
  26: mov [rbp-0x48],rax
  2d: mov [rbp-0x50],rax
  34: xor ebx,ebx
  37: xor r12d,r12d
  3a: xor r13d,r13d
  3d: xor r10d,r10d
  40: xor r9d,r9d
  43: xor r8d,r8d
  46: cmp rsp,[r15+0x18]
  4a: jb near 0x9A
  50: add ebx,1
  54: add r12d,ebx
  57: add r13d,r12d
  5a: add r10d,r13d
  5d: add r9d,r10d
  60: add r8d,r9d
  63: mov eax,[rbp-0x40]
  66: add eax,r8d
  69: mov [rbp-0x40],rax
  6d: mov eax,[rbp-0x48]
  70: add eax,[rbp-0x40]
  77: mov [rbp-0x48],rax
  7b: mov eax,[rbp-0x50]
  7e: add eax,[rbp-0x48]
  85: mov [rbp-0x50],rax
  89: cmp ebx,edi
  8c: jne near 0x46
  92: mov eax,[rbp-0x50]
  95: mov rsp,rbp
  98: pop rbp
  99: ret
  9a: mov eax,9
  9f: call 0xFFFFFFFFFFFFFFEF

