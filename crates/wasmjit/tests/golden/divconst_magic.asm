;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x73
  1e: mov rsp,r11
  21: mov ecx,[rbp+0x10]
  24: mov eax,0x24924925
  2a: mul ecx
  2d: mov eax,ecx
  30: sub eax,edx
  33: shr eax,1
  37: add eax,edx
  3a: shr eax,2
  3e: mov rcx,rax
  41: mov ebx,[rbp+0x10]
  44: mov eax,0x9999999A
  4a: mul ebx
  4d: mov eax,ebx
  50: sub eax,edx
  53: shr eax,1
  57: add eax,edx
  5a: shr eax,3
  5e: imul eax,0xA
  65: sub ebx,eax
  68: add ecx,ebx
  6b: mov eax,ecx
  6e: mov rsp,rbp
  71: pop rbp
  72: ret
  73: mov eax,9
  78: call 0xFFFFFFFFFFFFFFF0

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x96
  1e: mov rsp,r11
  21: mov ecx,[rbp+0x10]
  24: mov eax,0x92492493
  2a: imul ecx
  2d: add edx,ecx
  30: sar edx,2
  34: mov eax,ecx
  37: sar eax,0x1F
  3b: sub edx,eax
  3e: mov rcx,rdx
  41: mov ebx,[rbp+0x10]
  44: mov eax,0xCCCCCCCD
  4a: imul ebx
  4d: add edx,ebx
  50: sar edx,3
  54: mov eax,ebx
  57: sar eax,0x1F
  5b: sub edx,eax
  5e: imul edx,0xA
  65: sub ebx,edx
  68: add ecx,ebx
  6b: mov ebx,[rbp+0x10]
  6e: mov eax,0xAAAAAAAB
  74: imul ebx
  77: add edx,ebx
  7a: sar edx,1
  7e: mov eax,ebx
  81: sar eax,0x1F
  85: sub edx,eax
  88: neg edx
  8b: add ecx,edx
  8e: mov eax,ecx
  91: mov rsp,rbp
  94: pop rbp
  95: ret
  96: mov eax,9
  9b: call 0xFFFFFFFFFFFFFF73

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x7D
  1e: mov rsp,r11
  21: mov rcx,[rbp+0x10]
  25: mov rax, <addr>
  2f: mul rcx
  32: mov rax,rcx
  35: sub rax,rdx
  38: shr rax,1
  3c: add rax,rdx
  3f: shr rax,2
  43: mov rcx,rax
  46: mov rbx,[rbp+0x10]
  4a: mov rax, <addr>
  54: mul rbx
  57: mov rax,rbx
  5a: sub rax,rdx
  5d: shr rax,1
  61: add rax,rdx
  64: shr rax,9
  68: imul rax,0x3E8
  6f: sub rbx,rax
  72: add rcx,rbx
  75: mov rax,rcx
  78: mov rsp,rbp
  7b: pop rbp
  7c: ret
  7d: mov eax,9
  82: call 0xFFFFFFFFFFFFFED3

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0xA5
  1e: mov rsp,r11
  21: mov rcx,[rbp+0x10]
  25: mov rax, <addr>
  2f: imul rcx
  32: add rdx,rcx
  35: sar rdx,2
  39: mov rax,rcx
  3c: sar rax,0x3F
  40: sub rdx,rax
  43: mov rcx,rdx
  46: mov rbx,[rbp+0x10]
  4a: mov rax, <addr>
  54: imul rbx
  57: add rdx,rbx
  5a: sar rdx,3
  5e: mov rax,rbx
  61: sar rax,0x3F
  65: sub rdx,rax
  68: imul rdx,0xA
  6f: sub rbx,rdx
  72: add rcx,rbx
  75: mov rbx,[rbp+0x10]
  79: mov rax, <addr>
  83: imul rbx
  86: add rdx,rbx
  89: sar rdx,1
  8d: mov rax,rbx
  90: sar rax,0x3F
  94: sub rdx,rax
  97: neg rdx
  9a: add rcx,rdx
  9d: mov rax,rcx
  a0: mov rsp,rbp
  a3: pop rbp
  a4: ret
  a5: mov eax,9
  aa: call 0xFFFFFFFFFFFFFE4C

