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
   c: lea r11,[rsp-0x30]
  14: cmp r11,[r15+0x18]
  18: jb near 0xED
  1e: mov rsp,r11
  21: mov [rbp+0x18],rsi
  25: mov r12d,[rbp+0x18]
  29: cmp rsp,[r15+0x18]
  2d: jb near 0xF7
  33: mov [rbp+0x10],rdi
  37: mov [rbp+0x18],r12
  3b: mov [rbp-0x10],rbx
  3f: mov rdi,r12
  42: call 0xFFFFFFFFFFFFFFD9
  47: mov rdi,[rbp+0x10]
  4b: mov r12,[rbp+0x18]
  4f: mov rbx,[rbp-0x10]
  53: mov ebx,eax
  56: mov [rbp-0x10],rbx
  5a: mov rdi,rbx
  5d: call 0xFFFFFFFFFFFFFFD9
  62: mov rdi,[rbp+0x10]
  66: mov r12,[rbp+0x18]
  6a: mov rbx,[rbp-0x10]
  6e: add ebx,eax
  71: mov [rbp-0x10],rbx
  75: call 0xFFFFFFFFFFFFFFD9
  7a: mov rdi,[rbp+0x10]
  7e: mov r12,[rbp+0x18]
  82: mov rbx,[rbp-0x10]
  86: mov eax,edi
  89: and eax,1
  8d: test eax,eax
  90: je near 0xB2
  96: mov rdi,rbx
  99: call 0xFFFFFFFFFFFFFFD9
  9e: mov rdi,[rbp+0x10]
  a2: mov r12,[rbp+0x18]
  a6: mov rbx,[rbp-0x10]
  aa: mov ebx,eax
  ad: jmp 0xB6
  b2: add r12d,1
  b6: mov [rbp+0x10],rdi
  ba: mov [rbp+0x18],r12
  be: mov [rbp-0x10],rbx
  c2: mov rdi,r12
  c5: call 0xFFFFFFFFFFFFFFD9
  ca: mov rdi,[rbp+0x10]
  ce: mov r12,[rbp+0x18]
  d2: mov rbx,[rbp-0x10]
  d6: sub edi,1
  da: test edi,edi
  dd: jne near 0x29
  e3: lea eax,[rbx+r12]
  e8: mov rsp,rbp
  eb: pop rbp
  ec: ret
  ed: call 0xFFFFFFFFFFFFFE37
  f2: jmp 0xC
  f7: call 0xFFFFFFFFFFFFFE37
  fc: jmp 0x29

