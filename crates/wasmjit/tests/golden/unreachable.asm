;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x10]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x2B
  1e: mov rsp,r11
  21: jmp 0x35
  26: mov rsp,rbp
  29: pop rbp
  2a: ret
  2b: mov eax,9
  30: call 0xFFFFFFFFFFFFFFEF
  35: mov eax,1
  3a: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x2E
  1e: mov rsp,r11
  21: mov eax,[rbp+0x10]
  24: jmp 0x29
  29: mov rsp,rbp
  2c: pop rbp
  2d: ret
  2e: mov eax,9
  33: call 0xFFFFFFFFFFFFFFB0

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x31
  1e: mov rsp,r11
  21: mov eax,1
  27: jmp 0x2C
  2c: mov rsp,rbp
  2f: pop rbp
  30: ret
  31: mov eax,9
  36: call 0xFFFFFFFFFFFFFF78

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x41
  1e: mov rsp,r11
  21: cmp dword [rbp+0x10],0
  2b: je near 0x36
  31: jmp 0x4B
  36: mov eax,3
  3c: mov rsp,rbp
  3f: pop rbp
  40: ret
  41: mov eax,9
  46: call 0xFFFFFFFFFFFFFF3D
  4b: mov eax,1
  50: call 0xFFFFFFFFFFFFFF3D

