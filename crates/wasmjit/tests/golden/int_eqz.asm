;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x20]
  10: cmp r11,[r15+0x18]
  14: jb near 0x2D
  1a: mov rsp,r11
  1d: test edi,edi
  20: sete al
  24: movzx eax,al
  28: mov rsp,rbp
  2b: pop rbp
  2c: ret
  2d: mov eax,9
  32: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: lea r11,[rsp-0x20]
  11: cmp r11,[r15+0x18]
  15: jb near 0x2E
  1b: mov rsp,r11
  1e: test rdi,rdi
  21: sete al
  25: movzx eax,al
  29: mov rsp,rbp
  2c: pop rbp
  2d: ret
  2e: mov eax,9
  33: call 0xFFFFFFFFFFFFFFB8

;; func 2 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x20]
  10: cmp r11,[r15+0x18]
  14: jb near 0x2D
  1a: mov rsp,r11
  1d: test edi,edi
  20: setne al
  24: movzx eax,al
  28: mov rsp,rbp
  2b: pop rbp
  2c: ret
  2d: mov eax,9
  32: call 0xFFFFFFFFFFFFFF80

;; func 3 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x20]
  10: cmp r11,[r15+0x18]
  14: jb near 0x3C
  1a: mov rsp,r11
  1d: test edi,edi
  20: je near 0x31
  26: mov eax,1
  2c: jmp 0x37
  31: mov eax,2
  37: mov rsp,rbp
  3a: pop rbp
  3b: ret
  3c: mov eax,9
  41: call 0xFFFFFFFFFFFFFF49

;; func 4 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: lea r11,[rsp-0x20]
  11: cmp r11,[r15+0x18]
  15: jb near 0x3D
  1b: mov rsp,r11
  1e: test rdi,rdi
  21: jne near 0x32
  27: mov eax,3
  2d: jmp 0x38
  32: mov eax,4
  38: mov rsp,rbp
  3b: pop rbp
  3c: ret
  3d: mov eax,9
  42: call 0xFFFFFFFFFFFFFF03

