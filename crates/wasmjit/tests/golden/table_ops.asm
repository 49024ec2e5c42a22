;; func 0 g
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x10]
   c: cmp r11,[r15+0x18]
  10: jb near 0x1E
  16: mov rsp,r11
  19: mov rsp,rbp
  1c: pop rbp
  1d: ret
  1e: mov eax,9
  23: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x43
  16: mov rsp,r11
  19: mov eax,[rbp+0x10]
  1c: mov r11,[r15+0x68]
  23: cmp eax,[r11+8]
  2b: jae near 0x4D
  31: mov r11,[r11]
  39: mov rax,[r11+rax*8]
  3e: mov rsp,rbp
  41: pop rbp
  42: ret
  43: mov eax,9
  48: call 0xFFFFFFFFFFFFFFC7
  4d: mov eax,0xC
  52: call 0xFFFFFFFFFFFFFFC7

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x47
  16: mov rsp,r11
  19: mov rax,[rbp+0x18]
  1d: mov ecx,[rbp+0x10]
  20: mov r11,[r15+0x70]
  27: cmp ecx,[r11+8]
  2f: jae near 0x51
  35: mov r11,[r11]
  3d: mov [r11+rcx*8],rax
  42: mov rsp,rbp
  45: pop rbp
  46: ret
  47: mov eax,9
  4c: call 0xFFFFFFFFFFFFFF70
  51: mov eax,0xC
  56: call 0xFFFFFFFFFFFFFF70

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x4A
  16: mov rsp,r11
  19: mov rax,[r15+0x30]
  20: mov ecx,[rbp+0x10]
  23: mov r11,[r15+0x68]
  2a: cmp ecx,[r11+8]
  32: jae near 0x54
  38: mov r11,[r11]
  40: mov [r11+rcx*8],rax
  45: mov rsp,rbp
  48: pop rbp
  49: ret
  4a: mov eax,9
  4f: call 0xFFFFFFFFFFFFFF15
  54: mov eax,0xC
  59: call 0xFFFFFFFFFFFFFF15

;; func 4 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x2D
  16: mov rsp,r11
  19: mov rax,[r15+0x70]
  20: mov eax,[rax+8]
  28: mov rsp,rbp
  2b: pop rbp
  2c: ret
  2d: mov eax,9
  32: call 0xFFFFFFFFFFFFFEB7

;; func 5 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x3B
  16: mov rsp,r11
  19: mov rdx,[rbp+0x10]
  1d: mov ecx,[rbp+0x18]
  20: mov esi,1
  26: mov rdi,r15
  29: mov rax,[r15+0x28]
  30: call qword [rax+0x10]
  36: mov rsp,rbp
  39: pop rbp
  3a: ret
  3b: mov eax,9
  40: call 0xFFFFFFFFFFFFFE80

;; func 6 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x4A
  16: mov rsp,r11
  19: mov edx,[rbp+0x10]
  1c: mov rcx,0
  23: mov r8d,[rbp+0x18]
  27: mov esi,0
  2d: mov rdi,r15
  30: mov rax,[r15+0x28]
  37: call qword [rax+0x18]
  3d: test eax,eax
  3f: jne near 0x54
  45: mov rsp,rbp
  48: pop rbp
  49: ret
  4a: mov eax,9
  4f: call 0xFFFFFFFFFFFFFE3B
  54: call 0xFFFFFFFFFFFFFE3B

