;; func 0 sum
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x71
  1e: mov rsp,r11
  21: mov qword [rbp-0x10],0
  2c: mov ebx,[rbp+0x10]
  2f: mov r12d,[rbp+0x18]
  33: xor r13d,r13d
  36: mov r11,[r15+0x18]
  3d: cmp rsp,[r11]
  42: jb near 0x71
  48: test r12d,r12d
  4b: je near 0x69
  51: mov eax,[r14+rbx]
  59: add r13d,eax
  5c: add ebx,4
  60: sub r12d,1
  64: jmp 0x36
  69: mov eax,r13d
  6c: mov rsp,rbp
  6f: pop rbp
  70: ret
  71: mov eax,9
  76: call 0xFFFFFFFFFFFFFFF0

