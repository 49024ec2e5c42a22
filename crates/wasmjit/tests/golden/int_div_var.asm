;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0xBD
  1e: mov rsp,r11
  21: mov ecx,[rbp+0x18]
  24: mov eax,[rbp+0x10]
  27: test ecx,ecx
  2a: je near 0xC7
  30: cmp ecx,0xFFFFFFFF
  37: jne near 0x4A
  3d: cmp eax,0x80000000
  44: je near 0xD1
  4a: cdq
  4b: idiv ecx
  4e: mov rcx,rax
  51: mov ebx,[rbp+0x18]
  54: mov eax,[rbp+0x10]
  57: test ebx,ebx
  5a: je near 0xC7
  60: mov edx,0
  66: div ebx
  69: add ecx,eax
  6c: mov ebx,[rbp+0x18]
  6f: mov eax,[rbp+0x10]
  72: test ebx,ebx
  75: je near 0xC7
  7b: cmp ebx,0xFFFFFFFF
  82: jne near 0x93
  88: mov edx,0
  8e: jmp 0x97
  93: cdq
  94: idiv ebx
  97: add ecx,edx
  9a: mov ebx,[rbp+0x18]
  9d: mov eax,[rbp+0x10]
  a0: test ebx,ebx
  a3: je near 0xC7
  a9: mov edx,0
  af: div ebx
  b2: add ecx,edx
  b5: mov eax,ecx
  b8: mov rsp,rbp
  bb: pop rbp
  bc: ret
  bd: mov eax,9
  c2: call 0xFFFFFFFFFFFFFFEF
  c7: mov eax,7
  cc: call 0xFFFFFFFFFFFFFFEF
  d1: mov eax,6
  d6: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0xCD
  1e: mov rsp,r11
  21: mov rcx,[rbp+0x18]
  25: mov rax,[rbp+0x10]
  29: test rcx,rcx
  2c: je near 0xD7
  32: cmp rcx,0xFFFFFFFFFFFFFFFF
  39: jne near 0x52
  3f: mov rdx,0x8000000000000000
  49: cmp rax,rdx
  4c: je near 0xE1
  52: cqo
  54: idiv rcx
  57: mov rcx,rax
  5a: mov rbx,[rbp+0x18]
  5e: mov rax,[rbp+0x10]
  62: test rbx,rbx
  65: je near 0xD7
  6b: mov edx,0
  71: div rbx
  74: add rcx,rax
  77: mov rbx,[rbp+0x18]
  7b: mov rax,[rbp+0x10]
  7f: test rbx,rbx
  82: je near 0xD7
  88: cmp rbx,0xFFFFFFFFFFFFFFFF
  8f: jne near 0xA0
  95: mov edx,0
  9b: jmp 0xA5
  a0: cqo
  a2: idiv rbx
  a5: add rcx,rdx
  a8: mov rbx,[rbp+0x18]
  ac: mov rax,[rbp+0x10]
  b0: test rbx,rbx
  b3: je near 0xD7
  b9: mov edx,0
  bf: div rbx
  c2: add rcx,rdx
  c5: mov rax,rcx
  c8: mov rsp,rbp
  cb: pop rbp
  cc: ret
  cd: mov eax,9
  d2: call 0xFFFFFFFFFFFFFF14
  d7: mov eax,7
  dc: call 0xFFFFFFFFFFFFFF14
  e1: mov eax,6
  e6: call 0xFFFFFFFFFFFFFF14

