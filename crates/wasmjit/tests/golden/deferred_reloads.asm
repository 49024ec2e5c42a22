;; func 0 f
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x20
   f: cmp rsp,[r15+0x18]
  13: jb near 0x21
  19: mov eax,edi
  1c: mov rsp,rbp
  1f: pop rbp
  20: ret
  21: call 0xFFFFFFFFFFFFFE62
  26: jmp 0xF

;; func 1 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: mov r8d,[rsp+0x18]
   d: push rbp
   e: mov rbp,rsp
  11: lea r11,[rsp-0x50]
  19: cmp r11,[r15+0x18]
  1d: jb near 0xED
  23: mov rsp,r11
  26: mov [rbp+0x18],rsi
  2a: mov [rbp-0x10],rbx
  2e: xor ebx,ebx
  31: mov [rbp-0x18],r13
  35: xor r13d,r13d
  38: mov [rbp-0x20],r12
  3c: xor r12d,r12d
  3f: mov r10d,[rbp+0x18]
  43: cmp rsp,[r15+0x18]
  47: jb near 0xF7
  4d: mov [rbp+0x10],rdi
  51: mov [rbp+0x18],r10
  55: mov [rbp+0x20],r8
  59: mov [rbp-0x28],r9
  5d: mov rdi,rbx
  60: call 0xFFFFFFFFFFFFFFD9
  65: mov ebx,eax
  68: mov r9d,5
  6e: mov [rbp-0x28],r9
  72: mov rdi,r13
  75: call 0xFFFFFFFFFFFFFFD9
  7a: mov r13d,eax
  7d: mov rdi,r12
  80: call 0xFFFFFFFFFFFFFFD9
  85: mov r12d,eax
  88: mov r10,[rbp+0x18]
  8c: mov r9,[rbp-0x28]
  90: add r10d,r9d
  93: mov r8,[rbp+0x20]
  97: mov [rbp+0x18],r10
  9b: mov rdi,rbx
  9e: call 0xFFFFFFFFFFFFFFD9
  a3: mov r8,[rbp+0x20]
  a7: add r8d,eax
  aa: lea eax,[rbx+r13]
  af: add eax,r12d
  b2: mov ebx,eax
  b5: xor r13d,r12d
  b8: or r12d,ebx
  bb: mov rdi,[rbp+0x10]
  bf: sub edi,1
  c3: mov r10,[rbp+0x18]
  c7: mov r9,[rbp-0x28]
  cb: jne near 0x43
  d1: lea eax,[rbx+r10]
  d6: add eax,r8d
  d9: add eax,r9d
  dc: mov rbx,[rbp-0x10]
  e0: mov r13,[rbp-0x18]
  e4: mov r12,[rbp-0x20]
  e8: mov rsp,rbp
  eb: pop rbp
  ec: ret
  ed: call 0xFFFFFFFFFFFFFE37
  f2: jmp 0x11
  f7: call 0xFFFFFFFFFFFFFE37
  fc: jmp 0x43

