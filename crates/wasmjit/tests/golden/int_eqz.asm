;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x30
  16: mov rsp,r11
  19: cmp dword [rbp+0x10],0
  23: sete al
  27: movzx eax,al
  2b: mov rsp,rbp
  2e: pop rbp
  2f: ret
  30: mov eax,9
  35: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x31
  16: mov rsp,r11
  19: cmp qword [rbp+0x10],0
  24: sete al
  28: movzx eax,al
  2c: mov rsp,rbp
  2f: pop rbp
  30: ret
  31: mov eax,9
  36: call 0xFFFFFFFFFFFFFFB5

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x30
  16: mov rsp,r11
  19: cmp dword [rbp+0x10],0
  23: setne al
  27: movzx eax,al
  2b: mov rsp,rbp
  2e: pop rbp
  2f: ret
  30: mov eax,9
  35: call 0xFFFFFFFFFFFFFF7A

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x3F
  16: mov rsp,r11
  19: cmp dword [rbp+0x10],0
  23: je near 0x34
  29: mov eax,1
  2f: jmp 0x3A
  34: mov eax,2
  3a: mov rsp,rbp
  3d: pop rbp
  3e: ret
  3f: mov eax,9
  44: call 0xFFFFFFFFFFFFFF40

;; func 4 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x40
  16: mov rsp,r11
  19: cmp qword [rbp+0x10],0
  24: jne near 0x35
  2a: mov eax,3
  30: jmp 0x3B
  35: mov eax,4
  3b: mov rsp,rbp
  3e: pop rbp
  3f: ret
  40: mov eax,9
  45: call 0xFFFFFFFFFFFFFEF7

