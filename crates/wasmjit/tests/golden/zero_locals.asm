;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: cmp r11,[r15+0x18]
  10: jb near 0x67
  16: mov rsp,r11
  19: xor eax,eax
  1b: mov [rbp-0x18],rax
  22: mov [rbp-0x20],rax
  29: mov dword [rbp-0x10],7
  35: cmp dword [rbp+0x10],0
  3f: je near 0x51
  45: mov dword [rbp-0x20],1
  51: mov eax,[rbp-0x18]
  54: add eax,[rbp-0x10]
  5b: add eax,[rbp-0x20]
  62: mov rsp,rbp
  65: pop rbp
  66: ret
  67: mov eax,9
  6c: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0xD0]
   c: cmp r11,[r15+0x18]
  10: jb near 0x8D
  16: mov rsp,r11
  19: mov ebx,[rbp+0x10]
  1c: mov [rbp-0x10],rbx
  20: mov [rbp-0x18],rbx
  24: mov [rbp-0x20],rbx
  28: mov [rbp-0x28],rbx
  2c: mov [rbp-0x30],rbx
  30: mov [rbp-0x38],rbx
  34: mov [rbp-0x40],rbx
  38: mov [rbp-0x48],rbx
  3c: mov [rbp-0x50],rbx
  40: mov [rbp-0x58],rbx
  44: mov [rbp-0x60],rbx
  48: mov [rbp-0x68],rbx
  4c: mov [rbp-0x70],rbx
  50: mov [rbp-0x78],rbx
  54: mov [rbp-0x80],rbx
  58: mov [rbp-0x88],rbx
  5f: mov [rbp-0x90],rbx
  66: mov [rbp-0x98],rbx
  6d: mov [rbp-0xA0],rbx
  74: mov [rbp-0xA8],rbx
  7b: mov eax,[rbp-0xA8]
  81: add eax,[rbp-0x10]
  88: mov rsp,rbp
  8b: pop rbp
  8c: ret
  8d: mov eax,9
  92: call 0xFFFFFFFFFFFFFF7E

