;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x70
   f: xor eax,eax
  11: mov [rbp-0x40],rax
  18: mov [rbp-0x48],rax
  1f: mov [rbp-0x50],rax
  26: mov [rbp-0x28],rbx
  2a: xor ebx,ebx
  2d: mov [rbp-0x30],r12
  31: xor r12d,r12d
  34: mov [rbp-0x38],r13
  38: xor r13d,r13d
  3b: xor r10d,r10d
  3e: xor r9d,r9d
  41: xor r8d,r8d
  44: cmp rsp,[r15+0x18]
  48: jb near 0x98
  4e: add r10d,1
  52: add r9d,r10d
  55: add r8d,r9d
  58: add ebx,r8d
  5b: add r12d,ebx
  5e: add r13d,r12d
  61: mov eax,[rbp-0x40]
  64: add eax,r13d
  67: mov [rbp-0x40],rax
  6b: mov eax,[rbp-0x48]
  6e: add eax,[rbp-0x40]
  71: mov [rbp-0x48],rax
  75: mov eax,[rbp-0x50]
  78: add eax,[rbp-0x48]
  7b: mov [rbp-0x50],rax
  7f: cmp r10d,edi
  82: jne short 0x44
  84: mov eax,[rbp-0x50]
  87: mov rbx,[rbp-0x28]
  8b: mov r12,[rbp-0x30]
  8f: mov r13,[rbp-0x38]
  93: mov rsp,rbp
  96: pop rbp
  97: ret
  98: call 0xFFFFFFFFFFFFFE62
  9d: jmp 0x44

