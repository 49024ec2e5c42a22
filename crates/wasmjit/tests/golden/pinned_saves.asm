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
  18: jb near 0x138
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
  42: jb near 0x142
  48: mov [rbp+0x10],rdi
  4c: mov [rbp+0x18],r9
  50: mov [rbp-0x10],r10
  54: mov rdi,r9
  57: call 0xFFFFFFFFFFFFFFD9
  5c: mov rdi,[rbp+0x10]
  60: mov r9,[rbp+0x18]
  64: mov r10,[rbp-0x10]
  68: mov r10d,eax
  6b: mov [rbp-0x10],r10
  6f: mov rdi,r10
  72: call 0xFFFFFFFFFFFFFFD9
  77: mov rdi,[rbp+0x10]
  7b: mov r9,[rbp+0x18]
  7f: mov r10,[rbp-0x10]
  83: add r10d,eax
  86: mov [rbp-0x10],r10
  8a: call 0xFFFFFFFFFFFFFFD9
  8f: mov rdi,[rbp+0x10]
  93: mov r9,[rbp+0x18]
  97: mov r10,[rbp-0x10]
  9b: mov eax,edi
  9e: and eax,1
  a2: test eax,eax
  a5: je near 0xC7
  ab: mov rdi,r10
  ae: call 0xFFFFFFFFFFFFFFD9
  b3: mov rdi,[rbp+0x10]
  b7: mov r9,[rbp+0x18]
  bb: mov r10,[rbp-0x10]
  bf: mov r10d,eax
  c2: jmp 0xCB
  c7: add r9d,1
  cb: mov [rbp+0x10],rdi
  cf: mov [rbp+0x18],r9
  d3: mov [rbp-0x10],r10
  d7: mov rdi,r9
  da: call 0xFFFFFFFFFFFFFFD9
  df: mov rdi,[rbp+0x10]
  e3: mov r9,[rbp+0x18]
  e7: mov r10,[rbp-0x10]
  eb: lea ebx,[r12+r13]
  f0: mov r13d,ebx
  f3: xor r13d,r12d
  f6: lea r12d,[r13+rbx]
  fb: mov ebx,r12d
  fe: sub ebx,r13d
 101: mov r13d,ebx
 104: or r13d,r12d
 107: mov r12d,r13d
 10a: and r12d,ebx
 10d: lea ebx,[r12+r13]
 112: sub edi,1
 116: test edi,edi
 119: jne near 0x3E
 11f: lea eax,[r10+r9]
 124: add eax,ebx
 127: mov r12,[rbp-0x18]
 12b: mov r13,[rbp-0x20]
 12f: mov rbx,[rbp-0x28]
 133: mov rsp,rbp
 136: pop rbp
 137: ret
 138: call 0xFFFFFFFFFFFFFE37
 13d: jmp 0xC
 142: call 0xFFFFFFFFFFFFFE37
 147: jmp 0x3E

