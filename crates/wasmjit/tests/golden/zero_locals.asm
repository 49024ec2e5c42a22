;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x40
   f: xor eax,eax
  11: mov [rbp-0x18],rax
  18: mov [rbp-0x20],rax
  1f: mov dword [rbp-0x10],7
  26: test edi,edi
  29: je near 0x36
  2f: mov dword [rbp-0x20],1
  36: mov eax,[rbp-0x18]
  39: add eax,[rbp-0x10]
  3c: add eax,[rbp-0x20]
  3f: mov rsp,rbp
  42: pop rbp
  43: ret

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0xD0
   f: mov [rbp-0x10],rdi
  13: mov [rbp-0x18],rdi
  17: mov [rbp-0x20],rdi
  1b: mov [rbp-0x28],rdi
  1f: mov [rbp-0x30],rdi
  23: mov [rbp-0x38],rdi
  27: mov [rbp-0x40],rdi
  2b: mov [rbp-0x48],rdi
  2f: mov [rbp-0x50],rdi
  33: mov [rbp-0x58],rdi
  37: mov [rbp-0x60],rdi
  3b: mov [rbp-0x68],rdi
  3f: mov [rbp-0x70],rdi
  43: mov [rbp-0x78],rdi
  47: mov [rbp-0x80],rdi
  4b: mov [rbp-0x88],rdi
  52: mov [rbp-0x90],rdi
  59: mov [rbp-0x98],rdi
  60: mov [rbp-0xA0],rdi
  67: mov [rbp-0xA8],rdi
  6e: mov eax,[rbp-0xA8]
  74: add eax,[rbp-0x10]
  77: mov rsp,rbp
  7a: pop rbp
  7b: ret

