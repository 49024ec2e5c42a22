;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x47
  1e: mov rsp,r11
  21: mov ecx,[rbp+0x18]
  24: mov eax,[rbp+0x10]
  27: shl eax,cl
  2a: mov ecx,[rbp+0x18]
  2d: sar eax,cl
  30: mov ecx,[rbp+0x18]
  33: shr eax,cl
  36: mov ecx,[rbp+0x18]
  39: rol eax,cl
  3c: mov ecx,[rbp+0x18]
  3f: ror eax,cl
  42: mov rsp,rbp
  45: pop rbp
  46: ret
  47: mov eax,9
  4c: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x3D
  1e: mov rsp,r11
  21: mov eax,[rbp+0x10]
  24: shl eax,3
  28: sar eax,1
  2c: shr eax,1
  30: rol eax,5
  34: ror eax,7
  38: mov rsp,rbp
  3b: pop rbp
  3c: ret
  3d: mov eax,9
  42: call 0xFFFFFFFFFFFFFF9E

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x4D
  1e: mov rsp,r11
  21: mov rcx,[rbp+0x18]
  25: mov rax,[rbp+0x10]
  29: shl rax,cl
  2c: mov rcx,[rbp+0x18]
  30: sar rax,cl
  33: mov rcx,[rbp+0x18]
  37: shr rax,cl
  3a: mov rcx,[rbp+0x18]
  3e: rol rax,cl
  41: mov rcx,[rbp+0x18]
  45: ror rax,cl
  48: mov rsp,rbp
  4b: pop rbp
  4c: ret
  4d: mov eax,9
  52: call 0xFFFFFFFFFFFFFF57

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x3E
  1e: mov rsp,r11
  21: mov rax,[rbp+0x10]
  25: shl rax,3
  29: sar rax,1
  2d: shr rax,0x3F
  31: rol rax,5
  35: ror rax,7
  39: mov rsp,rbp
  3c: pop rbp
  3d: ret
  3e: mov eax,9
  43: call 0xFFFFFFFFFFFFFF00

