;; func 0 sum
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x66
  1e: mov rsp,r11
  21: mov ebx,[rbp+0x10]
  24: mov r12d,[rbp+0x18]
  28: xor r13d,r13d
  2b: mov r11,[r15+0x18]
  32: cmp rsp,[r11]
  37: jb near 0x66
  3d: test r12d,r12d
  40: je near 0x5E
  46: mov eax,[r14+rbx]
  4e: add r13d,eax
  51: add ebx,4
  55: sub r12d,1
  59: jmp 0x2B
  5e: mov eax,r13d
  61: mov rsp,rbp
  64: pop rbp
  65: ret
  66: mov eax,9
  6b: call 0xFFFFFFFFFFFFFFEF

