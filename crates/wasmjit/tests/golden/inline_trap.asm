;; func 0 div
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: lea r11,[rsp-0x30]
  14: cmp r11,[r15+0x18]
  18: jb near 0x4C
  1e: mov rsp,r11
  21: test esi,esi
  24: jne near 0x2F
  2a: jmp 0x56
  2f: mov ecx,esi
  32: mov eax,edi
  35: test ecx,ecx
  38: je near 0x60
  3e: mov edx,0
  44: div ecx
  47: mov rsp,rbp
  4a: pop rbp
  4b: ret
  4c: mov eax,9
  51: call 0xFFFFFFFFFFFFFFEF
  56: mov eax,1
  5b: call 0xFFFFFFFFFFFFFFEF
  60: mov eax,7
  65: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: lea r11,[rsp-0x40]
  14: cmp r11,[r15+0x18]
  18: jb near 0x5F
  1e: mov rsp,r11
  21: mov [rbp+0x10],rdi
  25: mov [rbp+0x18],rsi
  29: cmp dword [rbp+0x18],0
  33: jne near 0x3E
  39: jmp 0x69
  3e: mov ecx,[rbp+0x18]
  41: mov eax,[rbp+0x10]
  44: test ecx,ecx
  47: je near 0x73
  4d: mov edx,0
  53: div ecx
  56: add eax,1
  5a: mov rsp,rbp
  5d: pop rbp
  5e: ret
  5f: mov eax,9
  64: call 0xFFFFFFFFFFFFFF85
  69: mov eax,1
  6e: call 0xFFFFFFFFFFFFFF85
  73: mov eax,7
  78: call 0xFFFFFFFFFFFFFF85

