;; func 0 div
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: sub rsp,0x30
  13: test esi,esi
  16: jne near 0x21
  1c: jmp 0x3E
  21: mov ecx,esi
  24: mov eax,edi
  27: test ecx,ecx
  2a: je near 0x48
  30: mov edx,0
  36: div ecx
  39: mov rsp,rbp
  3c: pop rbp
  3d: ret
  3e: mov eax,1
  43: call 0xFFFFFFFFFFFFFE51
  48: mov eax,7
  4d: call 0xFFFFFFFFFFFFFE51

;; func 1 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: lea r11,[rsp-0x40]
  14: cmp r11,[r15+0x18]
  18: jb near 0x73
  1e: mov rsp,r11
  21: mov [rbp+0x10],rdi
  25: mov [rbp+0x18],rsi
  29: cmp dword [rbp+0x18],0
  33: jne near 0x3E
  39: jmp 0x5F
  3e: mov ecx,[rbp+0x18]
  41: mov eax,[rbp+0x10]
  44: test ecx,ecx
  47: je near 0x69
  4d: mov edx,0
  53: div ecx
  56: add eax,1
  5a: mov rsp,rbp
  5d: pop rbp
  5e: ret
  5f: mov eax,1
  64: call 0xFFFFFFFFFFFFFDFF
  69: mov eax,7
  6e: call 0xFFFFFFFFFFFFFDFF
  73: call 0xFFFFFFFFFFFFFE10
  78: jmp 0xC

