;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x35
  16: mov rsp,r11
  19: mov ecx,0
  1f: mov eax,[rbp+0x10]
  22: jmp 0x3F
  27: mov edx,0
  2d: div ecx
  30: mov rsp,rbp
  33: pop rbp
  34: ret
  35: mov eax,9
  3a: call 0xFFFFFFFFFFFFFFEF
  3f: mov eax,7
  44: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x2F
  16: mov rsp,r11
  19: mov eax,[rbp+0x10]
  1c: and eax,0
  23: add eax,[rbp+0x10]
  2a: mov rsp,rbp
  2d: pop rbp
  2e: ret
  2f: mov eax,9
  34: call 0xFFFFFFFFFFFFFFA6

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x7F
  16: mov rsp,r11
  19: mov rcx,0xFFFFFFFFFFFFFFFF
  20: mov rax,[rbp+0x10]
  24: cmp rcx,0xFFFFFFFFFFFFFFFF
  2b: jne near 0x44
  31: mov rdx,0x8000000000000000
  3b: cmp rax,rdx
  3e: je near 0x93
  44: cqo
  46: idiv rcx
  49: mov rcx,rax
  4c: mov rbx,0xFFFFFFFFFFFFFFFF
  53: mov rax,[rbp+0x10]
  57: cmp rbx,0xFFFFFFFFFFFFFFFF
  5e: jne near 0x6F
  64: mov edx,0
  6a: jmp 0x74
  6f: cqo
  71: idiv rbx
  74: add rcx,rdx
  77: mov rax,rcx
  7a: mov rsp,rbp
  7d: pop rbp
  7e: ret
  7f: mov eax,9
  84: call 0xFFFFFFFFFFFFFF6D
  89: mov eax,7
  8e: call 0xFFFFFFFFFFFFFF6D
  93: mov eax,6
  98: call 0xFFFFFFFFFFFFFF6D

