;; func 0 sum
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x30
   b: mov rax,[r15+0x18]
  12: cmp rsp,[rax]
  17: jb near 0x89
  1d: mov qword [rbp-0x10],0
  28: mov r11,[r15+0x18]
  2f: cmp rsp,[r11]
  34: jb near 0x89
  3a: cmp dword [rbp+0x18],0
  44: je near 0x81
  4a: mov eax,[rbp+0x10]
  4d: mov eax,[r14+rax]
  55: add eax,[rbp-0x10]
  5c: mov [rbp-0x10],rax
  60: mov eax,[rbp+0x10]
  63: add eax,4
  6a: mov [rbp+0x10],rax
  6e: mov eax,[rbp+0x18]
  71: sub eax,1
  78: mov [rbp+0x18],rax
  7c: jmp 0x28
  81: mov eax,[rbp-0x10]
  84: mov rsp,rbp
  87: pop rbp
  88: ret
  89: mov eax,9
  8e: call 0xFFFFFFFFFFFFFFF0

