;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x70]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x9B
  1e: mov rsp,r11
  21: xor eax,eax
  23: mov [rbp-0x48],rax
  2a: mov [rbp-0x50],rax
  31: xor ebx,ebx
  34: xor r12d,r12d
  37: xor r13d,r13d
  3a: xor r10d,r10d
  3d: xor r9d,r9d
  40: xor r8d,r8d
  43: xor edi,edi
  46: mov r11,[r15+0x18]
  4d: cmp rsp,[r11]
  52: jb near 0x9B
  58: add ebx,1
  5c: add r12d,ebx
  5f: add r13d,r12d
  62: add r10d,r13d
  65: add r9d,r10d
  68: add r8d,r9d
  6b: add edi,r8d
  6e: mov eax,[rbp-0x48]
  71: add eax,edi
  74: mov [rbp-0x48],rax
  78: mov eax,[rbp-0x50]
  7b: add eax,[rbp-0x48]
  82: mov [rbp-0x50],rax
  86: cmp ebx,[rbp+0x10]
  8d: jne near 0x46
  93: mov eax,[rbp-0x50]
  96: mov rsp,rbp
  99: pop rbp
  9a: ret
  9b: mov eax,9
  a0: call 0xFFFFFFFFFFFFFFEF

