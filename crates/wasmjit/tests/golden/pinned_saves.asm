;; func 0 f
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: cmp rsp,[r15+0x18]
  13: jb near 0x21
  19: lea eax,[rdi+1]
  1c: mov rsp,rbp
  1f: pop rbp
  20: ret
  21: call 0xFFFFFFFFFFFFFE62
  26: jmp 0xF

;; func 1 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: lea r11,[rsp-0x50]
  14: cmp r11,[r15+0x18]
  18: jb near 0x121
  1e: mov rsp,r11
  21: mov [rbp+0x18],rsi
  25: mov [rbp-0x18],r12
  29: xor r12d,r12d
  2c: mov [rbp-0x20],r13
  30: xor r13d,r13d
  33: mov [rbp-0x28],rbx
  37: xor ebx,ebx
  3a: mov r9d,[rbp+0x18]
  3e: cmp rsp,[r15+0x18]
  42: jb near 0x12B
  48: mov [rbp+0x10],rdi
  4c: mov [rbp+0x18],r9
  50: mov [rbp-0x10],r10
  54: mov rdi,r9
  57: call 0xFFFFFFFFFFFFFFD9
  5c: mov r10d,eax
  5f: mov [rbp-0x10],r10
  63: mov rdi,r10
  66: call 0xFFFFFFFFFFFFFFD9
  6b: mov r10,[rbp-0x10]
  6f: add r10d,eax
  72: mov rdi,[rbp+0x10]
  76: mov [rbp-0x10],r10
  7a: call 0xFFFFFFFFFFFFFFD9
  7f: mov rdi,[rbp+0x10]
  83: mov eax,edi
  86: and eax,1
  8a: mov r9,[rbp+0x18]
  8e: mov r10,[rbp-0x10]
  92: test eax,eax
  95: je near 0xB3
  9b: mov rdi,r10
  9e: call 0xFFFFFFFFFFFFFFD9
  a3: mov r10d,eax
  a6: mov rdi,[rbp+0x10]
  aa: mov r9,[rbp+0x18]
  ae: jmp 0xB7
  b3: add r9d,1
  b7: mov [rbp+0x10],rdi
  bb: mov [rbp+0x18],r9
  bf: mov [rbp-0x10],r10
  c3: mov rdi,r9
  c6: call 0xFFFFFFFFFFFFFFD9
  cb: lea ebx,[r12+r13]
  d0: mov r13d,ebx
  d3: xor r13d,r12d
  d6: lea r12d,[r13+rbx]
  db: mov ebx,r12d
  de: sub ebx,r13d
  e1: mov r13d,ebx
  e4: or r13d,r12d
  e7: mov r12d,r13d
  ea: and r12d,ebx
  ed: lea ebx,[r12+r13]
  f2: mov rdi,[rbp+0x10]
  f6: sub edi,1
  fa: mov r9,[rbp+0x18]
  fe: mov r10,[rbp-0x10]
 102: jne near 0x3E
 108: lea eax,[r10+r9]
 10d: add eax,ebx
 110: mov r12,[rbp-0x18]
 114: mov r13,[rbp-0x20]
 118: mov rbx,[rbp-0x28]
 11c: mov rsp,rbp
 11f: pop rbp
 120: ret
 121: call 0xFFFFFFFFFFFFFE37
 126: jmp 0xC
 12b: call 0xFFFFFFFFFFFFFE37
 130: jmp 0x3E

