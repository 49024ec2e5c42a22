;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x40]
  10: cmp r11,[r15+0x18]
  14: jb near 0x5A
  1a: mov rsp,r11
  1d: xor eax,eax
  1f: mov [rbp-0x18],rax
  26: mov [rbp-0x20],rax
  2d: mov dword [rbp-0x10],7
  34: test edi,edi
  37: je near 0x44
  3d: mov dword [rbp-0x20],1
  44: mov eax,[rbp-0x18]
  47: add eax,[rbp-0x10]
  4e: add eax,[rbp-0x20]
  55: mov rsp,rbp
  58: pop rbp
  59: ret
  5a: mov eax,9
  5f: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0xD0]
  10: cmp r11,[r15+0x18]
  14: jb near 0x8E
  1a: mov rsp,r11
  1d: mov [rbp-0x10],rdi
  21: mov [rbp-0x18],rdi
  25: mov [rbp-0x20],rdi
  29: mov [rbp-0x28],rdi
  2d: mov [rbp-0x30],rdi
  31: mov [rbp-0x38],rdi
  35: mov [rbp-0x40],rdi
  39: mov [rbp-0x48],rdi
  3d: mov [rbp-0x50],rdi
  41: mov [rbp-0x58],rdi
  45: mov [rbp-0x60],rdi
  49: mov [rbp-0x68],rdi
  4d: mov [rbp-0x70],rdi
  51: mov [rbp-0x78],rdi
  55: mov [rbp-0x80],rdi
  59: mov [rbp-0x88],rdi
  60: mov [rbp-0x90],rdi
  67: mov [rbp-0x98],rdi
  6e: mov [rbp-0xA0],rdi
  75: mov [rbp-0xA8],rdi
  7c: mov eax,[rbp-0xA8]
  82: add eax,[rbp-0x10]
  89: mov rsp,rbp
  8c: pop rbp
  8d: ret
  8e: mov eax,9
  93: call 0xFFFFFFFFFFFFFF8B

