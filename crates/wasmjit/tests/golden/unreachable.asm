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
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x20]
  10: cmp r11,[r15+0x18]
  14: jb near 0x2A
  1a: mov rsp,r11
  1d: mov eax,edi
  20: jmp 0x25
  25: mov rsp,rbp
  28: pop rbp
  29: ret
  2a: mov eax,9
  2f: call 0xFFFFFFFFFFFFFFB8

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
  2e: call 0xFFFFFFFFFFFFFF84

;; func 3 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x20]
  10: cmp r11,[r15+0x18]
  14: jb near 0x36
  1a: mov rsp,r11
  1d: test edi,edi
  20: je near 0x2B
  26: jmp 0x40
  2b: mov eax,3
  31: mov rsp,rbp
  34: pop rbp
  35: ret
  36: mov eax,9
  3b: call 0xFFFFFFFFFFFFFF51
  40: mov eax,1
  45: call 0xFFFFFFFFFFFFFF51

