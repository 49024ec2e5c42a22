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
   0: mov esi,[rsp+0x10]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x60
  1a: mov rsp,r11
  1d: mov [rbp+0x18],r12
  21: mov r12,rsi
  24: mov r11d,[rbp+0x38]
  28: mov [rbp+0x38],rbx
  2c: mov rbx,r11
  2f: cmp rsp,[r15+0x18]
  33: jb near 0x6A
  39: mov rdi,r12
  3c: call 0xFFFFFFFFFFFFFFD9
  41: add eax,ebx
  44: mov r12d,eax
  47: sub ebx,1
  4b: test ebx,ebx
  4e: jne short 0x2F
  50: mov eax,r12d
  53: mov r12,[rbp+0x18]
  57: mov rbx,[rbp+0x38]
  5b: mov rsp,rbp
  5e: pop rbp
  5f: ret
  60: call 0xFFFFFFFFFFFFFE37
  65: jmp 8
  6a: call 0xFFFFFFFFFFFFFE37
  6f: jmp 0x2F

;; func 2 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: lea r11,[rsp-0x40]
  14: cmp r11,[r15+0x18]
  18: jb near 0x76
  1e: mov rsp,r11
  21: mov [rbp+0x18],rsi
  25: mov [rbp-0x10],rbx
  29: xor ebx,ebx
  2c: mov r10d,[rbp+0x18]
  30: cmp rsp,[r15+0x18]
  34: jb near 0x80
  3a: mov [rbp+0x10],rdi
  3e: mov [rbp+0x18],r10
  42: mov rdi,r10
  45: call 0xFFFFFFFFFFFFFF65
  4a: add ebx,eax
  4d: mov rdi,[rbp+0x10]
  51: sub edi,1
  55: mov r10,[rbp+0x18]
  59: test edi,edi
  5c: jne short 0x30
  5e: mov [rbp-0x20],r10
  62: mov r11,[rbp-0x20]
  66: mov [rbp+0x18],r11
  6a: mov eax,ebx
  6d: mov rbx,[rbp-0x10]
  71: mov rsp,rbp
  74: pop rbp
  75: ret
  76: call 0xFFFFFFFFFFFFFDC3
  7b: jmp 0xC
  80: call 0xFFFFFFFFFFFFFDC3
  85: jmp 0x30

;; func 3 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: xor r10d,r10d
  12: cmp rsp,[r15+0x18]
  16: jb near 0x30
  1c: add r10d,edi
  1f: sub edi,1
  23: test edi,edi
  26: jne short 0x12
  28: mov eax,r10d
  2b: mov rsp,rbp
  2e: pop rbp
  2f: ret
  30: call 0xFFFFFFFFFFFFFD39
  35: jmp 0x12

