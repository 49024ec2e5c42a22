;; func 0 inc
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x25
  16: mov rsp,r11
  19: mov eax,[rbp+0x10]
  1c: add eax,1
  20: mov rsp,rbp
  23: pop rbp
  24: ret
  25: mov eax,9
  2a: call 0xFFFFFFFFFFFFFFEF

;; func 1 dbl
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x25
  16: mov rsp,r11
  19: mov eax,[rbp+0x10]
  1c: shl eax,1
  20: mov rsp,rbp
  23: pop rbp
  24: ret
  25: mov eax,9
  2a: call 0xFFFFFFFFFFFFFFC0

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x86
  16: mov rsp,r11
  19: mov r11,[rbp+0x18]
  1d: mov [rsp],r11
  22: mov r11d,[rbp+0x10]
  26: mov rax,[r15+0x50]
  2d: cmp r11d,[rax+8]
  34: jae near 0x90
  3a: mov rax,[rax]
  41: mov rax,[rax+r11*8]
  45: test rax,rax
  48: je near 0x9A
  4e: cmp dword [rax+0x10],0
  58: jne near 0xA4
  5e: mov [rbp-8],r15
  62: mov r15,[rax+8]
  69: mov r14,[r15+8]
  70: call qword [rax]
  76: mov r15,[rbp-8]
  7a: mov r14,[r15+8]
  81: mov rsp,rbp
  84: pop rbp
  85: ret
  86: mov eax,9
  8b: call 0xFFFFFFFFFFFFFF91
  90: mov eax,3
  95: call 0xFFFFFFFFFFFFFF91
  9a: mov eax,4
  9f: call 0xFFFFFFFFFFFFFF91
  a4: mov eax,5
  a9: call 0xFFFFFFFFFFFFFF91

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x88
  16: mov rsp,r11
  19: mov r11,[rbp+0x10]
  1d: mov [rsp],r11
  22: mov r11d,1
  28: mov rax,[r15+0x50]
  2f: cmp r11d,[rax+8]
  36: jae near 0x92
  3c: mov rax,[rax]
  43: mov rax,[rax+r11*8]
  47: test rax,rax
  4a: je near 0x9C
  50: cmp dword [rax+0x10],0
  5a: jne near 0xA6
  60: mov [rbp-8],r15
  64: mov r15,[rax+8]
  6b: mov r14,[r15+8]
  72: call qword [rax]
  78: mov r15,[rbp-8]
  7c: mov r14,[r15+8]
  83: mov rsp,rbp
  86: pop rbp
  87: ret
  88: mov eax,9
  8d: call 0xFFFFFFFFFFFFFEE3
  92: mov eax,3
  97: call 0xFFFFFFFFFFFFFEE3
  9c: mov eax,4
  a1: call 0xFFFFFFFFFFFFFEE3
  a6: mov eax,5
  ab: call 0xFFFFFFFFFFFFFEE3

