;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x70]
   c: cmp r11,[r15+0x18]
  10: jb near 0x8B
  16: mov rsp,r11
  19: xor eax,eax
  1b: mov [rbp-0x48],rax
  22: mov [rbp-0x50],rax
  29: xor ebx,ebx
  2c: xor r12d,r12d
  2f: xor r13d,r13d
  32: xor r10d,r10d
  35: xor r9d,r9d
  38: xor r8d,r8d
  3b: xor edi,edi
  3e: cmp rsp,[r15+0x18]
  42: jb near 0x8B
  48: add ebx,1
  4c: add r12d,ebx
  4f: add r13d,r12d
  52: add r10d,r13d
  55: add r9d,r10d
  58: add r8d,r9d
  5b: add edi,r8d
  5e: mov eax,[rbp-0x48]
  61: add eax,edi
  64: mov [rbp-0x48],rax
  68: mov eax,[rbp-0x50]
  6b: add eax,[rbp-0x48]
  72: mov [rbp-0x50],rax
  76: cmp ebx,[rbp+0x10]
  7d: jne near 0x3E
  83: mov eax,[rbp-0x50]
  86: mov rsp,rbp
  89: pop rbp
  8a: ret
  8b: mov eax,9
  90: call 0xFFFFFFFFFFFFFFEF

