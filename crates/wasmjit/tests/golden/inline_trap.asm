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
  18: jb near 0x6D
  1e: mov rsp,r11
  21: mov [rbp+0x10],rdi
  25: mov [rbp+0x18],rsi
  29: cmp dword [rbp+0x18],0
  2d: jne near 0x38
  33: jmp 0x59
  38: mov ecx,[rbp+0x18]
  3b: mov eax,[rbp+0x10]
  3e: test ecx,ecx
  41: je near 0x63
  47: mov edx,0
  4d: div ecx
  50: add eax,1
  54: mov rsp,rbp
  57: pop rbp
  58: ret
  59: mov eax,1
  5e: call 0xFFFFFFFFFFFFFDFF
  63: mov eax,7
  68: call 0xFFFFFFFFFFFFFDFF
  6d: call 0xFFFFFFFFFFFFFE10
  72: jmp 0xC

