;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x70
   f: xor eax,eax
  11: mov [rbp-0x40],rax
  18: mov [rbp-0x48],rax
  1f: mov [rbp-0x50],rax
  26: xor ebx,ebx
  29: xor r12d,r12d
  2c: xor r13d,r13d
  2f: xor r10d,r10d
  32: xor r9d,r9d
  35: xor r8d,r8d
  38: cmp rsp,[r15+0x18]
  3c: jb near 0x80
  42: add ebx,1
  46: add r12d,ebx
  49: add r13d,r12d
  4c: add r10d,r13d
  4f: add r9d,r10d
  52: add r8d,r9d
  55: mov eax,[rbp-0x40]
  58: add eax,r8d
  5b: mov [rbp-0x40],rax
  5f: mov eax,[rbp-0x48]
  62: add eax,[rbp-0x40]
  65: mov [rbp-0x48],rax
  69: mov eax,[rbp-0x50]
  6c: add eax,[rbp-0x48]
  6f: mov [rbp-0x50],rax
  73: cmp ebx,edi
  76: jne short 0x38
  78: mov eax,[rbp-0x50]
  7b: mov rsp,rbp
  7e: pop rbp
  7f: ret
  80: call 0xFFFFFFFFFFFFFE62
  85: jmp 0x38

