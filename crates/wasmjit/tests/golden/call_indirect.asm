;; func 0 inc
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x2D
  1e: mov rsp,r11
  21: mov eax,[rbp+0x10]
  24: add eax,1
  28: mov rsp,rbp
  2b: pop rbp
  2c: ret
  2d: mov eax,9
  32: call 0xFFFFFFFFFFFFFFEF

;; func 1 dbl
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x2D
  1e: mov rsp,r11
  21: mov eax,[rbp+0x10]
  24: shl eax,1
  28: mov rsp,rbp
  2b: pop rbp
  2c: ret
  2d: mov eax,9
  32: call 0xFFFFFFFFFFFFFFB8

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x8E
  1e: mov rsp,r11
  21: mov r11,[rbp+0x18]
  25: mov [rsp],r11
  2a: mov r11d,[rbp+0x10]
  2e: mov rax,[r15+0x50]
  35: cmp r11d,[rax+8]
  3c: jae near 0x98
  42: mov rax,[rax]
  49: mov rax,[rax+r11*8]
  4d: test rax,rax
  50: je near 0xA2
  56: cmp dword [rax+0x10],0
  60: jne near 0xAC
  66: mov [rbp-8],r15
  6a: mov r15,[rax+8]
  71: mov r14,[r15+8]
  78: call qword [rax]
  7e: mov r15,[rbp-8]
  82: mov r14,[r15+8]
  89: mov rsp,rbp
  8c: pop rbp
  8d: ret
  8e: mov eax,9
  93: call 0xFFFFFFFFFFFFFF81
  98: mov eax,3
  9d: call 0xFFFFFFFFFFFFFF81
  a2: mov eax,4
  a7: call 0xFFFFFFFFFFFFFF81
  ac: mov eax,5
  b1: call 0xFFFFFFFFFFFFFF81

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x90
  1e: mov rsp,r11
  21: mov r11,[rbp+0x10]
  25: mov [rsp],r11
  2a: mov r11d,1
  30: mov rax,[r15+0x50]
  37: cmp r11d,[rax+8]
  3e: jae near 0x9A
  44: mov rax,[rax]
  4b: mov rax,[rax+r11*8]
  4f: test rax,rax
  52: je near 0xA4
  58: cmp dword [rax+0x10],0
  62: jne near 0xAE
  68: mov [rbp-8],r15
  6c: mov r15,[rax+8]
  73: mov r14,[r15+8]
  7a: call qword [rax]
  80: mov r15,[rbp-8]
  84: mov r14,[r15+8]
  8b: mov rsp,rbp
  8e: pop rbp
  8f: ret
  90: mov eax,9
  95: call 0xFFFFFFFFFFFFFECB
  9a: mov eax,3
  9f: call 0xFFFFFFFFFFFFFECB
  a4: mov eax,4
  a9: call 0xFFFFFFFFFFFFFECB
  ae: mov eax,5
  b3: call 0xFFFFFFFFFFFFFECB

