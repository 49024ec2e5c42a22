;; func 0 div
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x4B
  16: mov rsp,r11
  19: cmp dword [rbp+0x18],0
  23: jne near 0x2E
  29: jmp 0x55
  2e: mov ecx,[rbp+0x18]
  31: mov eax,[rbp+0x10]
  34: test ecx,ecx
  37: je near 0x5F
  3d: mov edx,0
  43: div ecx
  46: mov rsp,rbp
  49: pop rbp
  4a: ret
  4b: mov eax,9
  50: call 0xFFFFFFFFFFFFFFEF
  55: mov eax,1
  5a: call 0xFFFFFFFFFFFFFFEF
  5f: mov eax,7
  64: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: cmp r11,[r15+0x18]
  10: jb near 0x4F
  16: mov rsp,r11
  19: cmp dword [rbp+0x18],0
  23: jne near 0x2E
  29: jmp 0x59
  2e: mov ecx,[rbp+0x18]
  31: mov eax,[rbp+0x10]
  34: test ecx,ecx
  37: je near 0x63
  3d: mov edx,0
  43: div ecx
  46: add eax,1
  4a: mov rsp,rbp
  4d: pop rbp
  4e: ret
  4f: mov eax,9
  54: call 0xFFFFFFFFFFFFFF86
  59: mov eax,1
  5e: call 0xFFFFFFFFFFFFFF86
  63: mov eax,7
  68: call 0xFFFFFFFFFFFFFF86

