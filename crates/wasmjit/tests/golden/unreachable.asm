;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x10]
   c: cmp r11,[r15+0x18]
  10: jb near 0x23
  16: mov rsp,r11
  19: jmp 0x2D
  1e: mov rsp,rbp
  21: pop rbp
  22: ret
  23: mov eax,9
  28: call 0xFFFFFFFFFFFFFFEF
  2d: mov eax,1
  32: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x26
  16: mov rsp,r11
  19: mov eax,[rbp+0x10]
  1c: jmp 0x21
  21: mov rsp,rbp
  24: pop rbp
  25: ret
  26: mov eax,9
  2b: call 0xFFFFFFFFFFFFFFB8

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x29
  16: mov rsp,r11
  19: mov eax,1
  1f: jmp 0x24
  24: mov rsp,rbp
  27: pop rbp
  28: ret
  29: mov eax,9
  2e: call 0xFFFFFFFFFFFFFF88

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x39
  16: mov rsp,r11
  19: cmp dword [rbp+0x10],0
  23: je near 0x2E
  29: jmp 0x43
  2e: mov eax,3
  34: mov rsp,rbp
  37: pop rbp
  38: ret
  39: mov eax,9
  3e: call 0xFFFFFFFFFFFFFF55
  43: mov eax,1
  48: call 0xFFFFFFFFFFFFFF55

