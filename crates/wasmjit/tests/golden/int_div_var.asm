;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0xB5
  16: mov rsp,r11
  19: mov ecx,[rbp+0x18]
  1c: mov eax,[rbp+0x10]
  1f: test ecx,ecx
  22: je near 0xBF
  28: cmp ecx,0xFFFFFFFF
  2f: jne near 0x42
  35: cmp eax,0x80000000
  3c: je near 0xC9
  42: cdq
  43: idiv ecx
  46: mov rcx,rax
  49: mov ebx,[rbp+0x18]
  4c: mov eax,[rbp+0x10]
  4f: test ebx,ebx
  52: je near 0xBF
  58: mov edx,0
  5e: div ebx
  61: add ecx,eax
  64: mov ebx,[rbp+0x18]
  67: mov eax,[rbp+0x10]
  6a: test ebx,ebx
  6d: je near 0xBF
  73: cmp ebx,0xFFFFFFFF
  7a: jne near 0x8B
  80: mov edx,0
  86: jmp 0x8F
  8b: cdq
  8c: idiv ebx
  8f: add ecx,edx
  92: mov ebx,[rbp+0x18]
  95: mov eax,[rbp+0x10]
  98: test ebx,ebx
  9b: je near 0xBF
  a1: mov edx,0
  a7: div ebx
  aa: add ecx,edx
  ad: mov eax,ecx
  b0: mov rsp,rbp
  b3: pop rbp
  b4: ret
  b5: mov eax,9
  ba: call 0xFFFFFFFFFFFFFFEF
  bf: mov eax,7
  c4: call 0xFFFFFFFFFFFFFFEF
  c9: mov eax,6
  ce: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0xC5
  16: mov rsp,r11
  19: mov rcx,[rbp+0x18]
  1d: mov rax,[rbp+0x10]
  21: test rcx,rcx
  24: je near 0xCF
  2a: cmp rcx,0xFFFFFFFFFFFFFFFF
  31: jne near 0x4A
  37: mov rdx,0x8000000000000000
  41: cmp rax,rdx
  44: je near 0xD9
  4a: cqo
  4c: idiv rcx
  4f: mov rcx,rax
  52: mov rbx,[rbp+0x18]
  56: mov rax,[rbp+0x10]
  5a: test rbx,rbx
  5d: je near 0xCF
  63: mov edx,0
  69: div rbx
  6c: add rcx,rax
  6f: mov rbx,[rbp+0x18]
  73: mov rax,[rbp+0x10]
  77: test rbx,rbx
  7a: je near 0xCF
  80: cmp rbx,0xFFFFFFFFFFFFFFFF
  87: jne near 0x98
  8d: mov edx,0
  93: jmp 0x9D
  98: cqo
  9a: idiv rbx
  9d: add rcx,rdx
  a0: mov rbx,[rbp+0x18]
  a4: mov rax,[rbp+0x10]
  a8: test rbx,rbx
  ab: je near 0xCF
  b1: mov edx,0
  b7: div rbx
  ba: add rcx,rdx
  bd: mov rax,rcx
  c0: mov rsp,rbp
  c3: pop rbp
  c4: ret
  c5: mov eax,9
  ca: call 0xFFFFFFFFFFFFFF1C
  cf: mov eax,7
  d4: call 0xFFFFFFFFFFFFFF1C
  d9: mov eax,6
  de: call 0xFFFFFFFFFFFFFF1C

