;; func 0 sum
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x8C
  1e: mov rsp,r11
  21: mov qword [rbp-0x10],0
  2c: mov ebx,[rbp+0x10]
  2f: mov r12d,[rbp+0x18]
  33: xor r13d,r13d
  36: mov r11,[r15+0x18]
  3d: cmp rsp,[r11]
  42: jb near 0x8C
  48: mov eax,r12d
  4b: test eax,eax
  4e: je near 0x84
  54: mov eax,ebx
  57: mov eax,[r14+rax]
  5f: add eax,r13d
  62: mov r13d,eax
  65: mov eax,ebx
  68: add eax,4
  6f: mov ebx,eax
  72: mov eax,r12d
  75: sub eax,1
  7c: mov r12d,eax
  7f: jmp 0x36
  84: mov eax,r13d
  87: mov rsp,rbp
  8a: pop rbp
  8b: ret
  8c: mov eax,9
  91: call 0xFFFFFFFFFFFFFFF0

