;; func 0 sum
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x30
   b: mov rax,[r15+0x18]
  12: cmp rsp,[rax]
  17: jb near 0x88
  1d: mov qword [rbp-0x10],0
  28: mov ebx,[rbp+0x10]
  2b: mov r12d,[rbp+0x18]
  2f: xor r13d,r13d
  32: mov r11,[r15+0x18]
  39: cmp rsp,[r11]
  3e: jb near 0x88
  44: mov eax,r12d
  47: test eax,eax
  4a: je near 0x80
  50: mov eax,ebx
  53: mov eax,[r14+rax]
  5b: add eax,r13d
  5e: mov r13d,eax
  61: mov eax,ebx
  64: add eax,4
  6b: mov ebx,eax
  6e: mov eax,r12d
  71: sub eax,1
  78: mov r12d,eax
  7b: jmp 0x32
  80: mov eax,r13d
  83: mov rsp,rbp
  86: pop rbp
  87: ret
  88: mov eax,9
  8d: call 0xFFFFFFFFFFFFFFF0

