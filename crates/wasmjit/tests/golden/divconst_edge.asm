;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x39
  1a: mov rsp,r11
  1d: mov ecx,0
  23: mov eax,edi
  26: jmp 0x43
  2b: mov edx,0
  31: div ecx
  34: mov rsp,rbp
  37: pop rbp
  38: ret
  39: mov eax,9
  3e: call 0xFFFFFFFFFFFFFFEF
  43: mov eax,7
  48: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x2F
  1a: mov rsp,r11
  1d: mov eax,edi
  20: and eax,0
  27: add eax,edi
  2a: mov rsp,rbp
  2d: pop rbp
  2e: ret
  2f: mov eax,9
  34: call 0xFFFFFFFFFFFFFFA2

;; func 2 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: lea r11,[rsp-0x30]
  11: cmp r11,[r15+0x18]
  15: jb near 0x82
  1b: mov rsp,r11
  1e: mov rcx,0xFFFFFFFFFFFFFFFF
  25: mov rax,rdi
  28: cmp rcx,0xFFFFFFFFFFFFFFFF
  2f: jne near 0x48
  35: mov rdx,0x8000000000000000
  3f: cmp rax,rdx
  42: je near 0x96
  48: cqo
  4a: idiv rcx
  4d: mov rcx,rax
  50: mov rbx,0xFFFFFFFFFFFFFFFF
  57: mov rax,rdi
  5a: cmp rbx,0xFFFFFFFFFFFFFFFF
  61: jne near 0x72
  67: mov edx,0
  6d: jmp 0x77
  72: cqo
  74: idiv rbx
  77: add rcx,rdx
  7a: mov rax,rcx
  7d: mov rsp,rbp
  80: pop rbp
  81: ret
  82: mov eax,9
  87: call 0xFFFFFFFFFFFFFF69
  8c: mov eax,7
  91: call 0xFFFFFFFFFFFFFF69
  96: mov eax,6
  9b: call 0xFFFFFFFFFFFFFF69

