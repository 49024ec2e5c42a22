;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x70
   f: mov [rbp+0x10],rdi
  13: xor eax,eax
  15: mov [rbp-0x48],rax
  1c: mov [rbp-0x50],rax
  23: mov [rbp-0x30],rbx
  27: xor ebx,ebx
  2a: mov [rbp-0x38],r12
  2e: xor r12d,r12d
  31: mov [rbp-0x40],r13
  35: xor r13d,r13d
  38: xor r10d,r10d
  3b: xor r9d,r9d
  3e: xor r8d,r8d
  41: xor edi,edi
  44: cmp rsp,[r15+0x18]
  48: jb near 0x92
  4e: add r10d,1
  52: add r9d,r10d
  55: add r8d,r9d
  58: add edi,r8d
  5b: add ebx,edi
  5e: add r12d,ebx
  61: add r13d,r12d
  64: mov eax,[rbp-0x48]
  67: add eax,r13d
  6a: mov [rbp-0x48],rax
  6e: mov eax,[rbp-0x50]
  71: add eax,[rbp-0x48]
  74: mov [rbp-0x50],rax
  78: cmp r10d,[rbp+0x10]
  7c: jne short 0x44
  7e: mov eax,[rbp-0x50]
  81: mov rbx,[rbp-0x30]
  85: mov r12,[rbp-0x38]
  89: mov r13,[rbp-0x40]
  8d: mov rsp,rbp
  90: pop rbp
  91: ret
  92: call 0xFFFFFFFFFFFFFE62
  97: jmp 0x44

