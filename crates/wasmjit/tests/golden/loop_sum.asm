;; func 0 sum
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x30
   b: mov rax,[r15+0x18]
  12: cmp rsp,[rax]
  17: jb near 0xA5
  1d: mov qword [rbp-0x10],0
  28: mov r11,[r15+0x18]
  2f: cmp rsp,[r11]
  34: jb near 0xA5
  3a: cmp dword [rbp+0x18],0
  44: je near 0x99
  4a: mov eax,[rbp+0x10]
  51: mov eax,[r14+rax]
  59: add eax,[rbp-0x10]
  60: mov [rbp-0x10],rax
  68: mov eax,[rbp+0x10]
  6f: add eax,4
  76: mov [rbp+0x10],rax
  7e: mov eax,[rbp+0x18]
  85: sub eax,1
  8c: mov [rbp+0x18],rax
  94: jmp 0x28
  99: mov eax,[rbp-0x10]
  a0: mov rsp,rbp
  a3: pop rbp
  a4: ret
  a5: mov eax,9
  aa: call 0xFFFFFFFFFFFFFFF0

