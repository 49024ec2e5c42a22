;; func 0 nop
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
  10: jb near 0x7D
  16: mov rsp,r11
  19: mov r11d,[rbp+0x10]
  1d: mov rax,[r15+0x48]
  24: cmp r11d,[rax+8]
  2b: jae near 0x87
  31: mov rax,[rax]
  38: mov rax,[rax+r11*8]
  3c: test rax,rax
  3f: je near 0x91
  45: cmp dword [rax+0x10],0
  4f: jne near 0x9B
  55: mov [rbp-8],r15
  59: mov r15,[rax+8]
  60: mov r14,[r15+8]
  67: call qword [rax]
  6d: mov r15,[rbp-8]
  71: mov r14,[r15+8]
  78: mov rsp,rbp
  7b: pop rbp
  7c: ret
  7d: mov eax,9
  82: call 0xFFFFFFFFFFFFFFC7
  87: mov eax,3
  8c: call 0xFFFFFFFFFFFFFFC7
  91: mov eax,4
  96: call 0xFFFFFFFFFFFFFFC7
  9b: mov eax,5
  a0: call 0xFFFFFFFFFFFFFFC7

