;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x38
  1e: mov rsp,r11
  21: cmp dword [rbp+0x10],0
  2b: sete al
  2f: movzx eax,al
  33: mov rsp,rbp
  36: pop rbp
  37: ret
  38: mov eax,9
  3d: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x39
  1e: mov rsp,r11
  21: cmp qword [rbp+0x10],0
  2c: sete al
  30: movzx eax,al
  34: mov rsp,rbp
  37: pop rbp
  38: ret
  39: mov eax,9
  3e: call 0xFFFFFFFFFFFFFFAD

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x38
  1e: mov rsp,r11
  21: cmp dword [rbp+0x10],0
  2b: setne al
  2f: movzx eax,al
  33: mov rsp,rbp
  36: pop rbp
  37: ret
  38: mov eax,9
  3d: call 0xFFFFFFFFFFFFFF6A

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x47
  1e: mov rsp,r11
  21: cmp dword [rbp+0x10],0
  2b: je near 0x3C
  31: mov eax,1
  37: jmp 0x42
  3c: mov eax,2
  42: mov rsp,rbp
  45: pop rbp
  46: ret
  47: mov eax,9
  4c: call 0xFFFFFFFFFFFFFF28

;; func 4 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x48
  1e: mov rsp,r11
  21: cmp qword [rbp+0x10],0
  2c: jne near 0x3D
  32: mov eax,3
  38: jmp 0x43
  3d: mov eax,4
  43: mov rsp,rbp
  46: pop rbp
  47: ret
  48: mov eax,9
  4d: call 0xFFFFFFFFFFFFFED7

