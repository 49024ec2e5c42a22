;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x6F
  1e: mov rsp,r11
  21: xor eax,eax
  23: mov [rbp-0x18],rax
  2a: mov [rbp-0x20],rax
  31: mov dword [rbp-0x10],7
  3d: cmp dword [rbp+0x10],0
  47: je near 0x59
  4d: mov dword [rbp-0x20],1
  59: mov eax,[rbp-0x18]
  5c: add eax,[rbp-0x10]
  63: add eax,[rbp-0x20]
  6a: mov rsp,rbp
  6d: pop rbp
  6e: ret
  6f: mov eax,9
  74: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0xD0]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x95
  1e: mov rsp,r11
  21: mov ebx,[rbp+0x10]
  24: mov [rbp-0x10],rbx
  28: mov [rbp-0x18],rbx
  2c: mov [rbp-0x20],rbx
  30: mov [rbp-0x28],rbx
  34: mov [rbp-0x30],rbx
  38: mov [rbp-0x38],rbx
  3c: mov [rbp-0x40],rbx
  40: mov [rbp-0x48],rbx
  44: mov [rbp-0x50],rbx
  48: mov [rbp-0x58],rbx
  4c: mov [rbp-0x60],rbx
  50: mov [rbp-0x68],rbx
  54: mov [rbp-0x70],rbx
  58: mov [rbp-0x78],rbx
  5c: mov [rbp-0x80],rbx
  60: mov [rbp-0x88],rbx
  67: mov [rbp-0x90],rbx
  6e: mov [rbp-0x98],rbx
  75: mov [rbp-0xA0],rbx
  7c: mov [rbp-0xA8],rbx
  83: mov eax,[rbp-0xA8]
  89: add eax,[rbp-0x10]
  90: mov rsp,rbp
  93: pop rbp
  94: ret
  95: mov eax,9
  9a: call 0xFFFFFFFFFFFFFF76

