;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x3D
  1e: mov rsp,r11
  21: mov ecx,0
  27: mov eax,[rbp+0x10]
  2a: jmp 0x47
  2f: mov edx,0
  35: div ecx
  38: mov rsp,rbp
  3b: pop rbp
  3c: ret
  3d: mov eax,9
  42: call 0xFFFFFFFFFFFFFFEF
  47: mov eax,7
  4c: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x37
  1e: mov rsp,r11
  21: mov eax,[rbp+0x10]
  24: and eax,0
  2b: add eax,[rbp+0x10]
  32: mov rsp,rbp
  35: pop rbp
  36: ret
  37: mov eax,9
  3c: call 0xFFFFFFFFFFFFFF9E

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x87
  1e: mov rsp,r11
  21: mov rcx,0xFFFFFFFFFFFFFFFF
  28: mov rax,[rbp+0x10]
  2c: cmp rcx,0xFFFFFFFFFFFFFFFF
  33: jne near 0x4C
  39: mov rdx,0x8000000000000000
  43: cmp rax,rdx
  46: je near 0x9B
  4c: cqo
  4e: idiv rcx
  51: mov rcx,rax
  54: mov rbx,0xFFFFFFFFFFFFFFFF
  5b: mov rax,[rbp+0x10]
  5f: cmp rbx,0xFFFFFFFFFFFFFFFF
  66: jne near 0x77
  6c: mov edx,0
  72: jmp 0x7C
  77: cqo
  79: idiv rbx
  7c: add rcx,rdx
  7f: mov rax,rcx
  82: mov rsp,rbp
  85: pop rbp
  86: ret
  87: mov eax,9
  8c: call 0xFFFFFFFFFFFFFF5D
  91: mov eax,7
  96: call 0xFFFFFFFFFFFFFF5D
  9b: mov eax,6
  a0: call 0xFFFFFFFFFFFFFF5D

