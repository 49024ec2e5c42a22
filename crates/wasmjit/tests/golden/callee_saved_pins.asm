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
  14: jb near 0x5D
  1a: mov rsp,r11
  1d: mov [rbp+0x18],r12
  21: mov r12,rsi
  24: mov r11d,[rbp+0x38]
  28: mov [rbp+0x38],rbx
  2c: mov rbx,r11
  2f: cmp rsp,[r15+0x18]
  33: jb near 0x67
  39: mov rdi,r12
  3c: call 0xFFFFFFFFFFFFFFD9
  41: add eax,ebx
  44: mov r12d,eax
  47: sub ebx,1
  4b: jne short 0x2F
  4d: mov eax,r12d
  50: mov r12,[rbp+0x18]
  54: mov rbx,[rbp+0x38]
  58: mov rsp,rbp
  5b: pop rbp
  5c: ret
  5d: call 0xFFFFFFFFFFFFFE37
  62: jmp 8
  67: call 0xFFFFFFFFFFFFFE37
  6c: jmp 0x2F

;; func 2 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: lea r11,[rsp-0x40]
  14: cmp r11,[r15+0x18]
  18: jb near 0x73
  1e: mov rsp,r11
  21: mov [rbp+0x18],rsi
  25: mov [rbp-0x10],rbx
  29: xor ebx,ebx
  2c: mov r10d,[rbp+0x18]
  30: cmp rsp,[r15+0x18]
  34: jb near 0x7D
  3a: mov [rbp+0x10],rdi
  3e: mov [rbp+0x18],r10
  42: mov rdi,r10
  45: call 0xFFFFFFFFFFFFFF68
  4a: add ebx,eax
  4d: mov rdi,[rbp+0x10]
  51: sub edi,1
  55: mov r10,[rbp+0x18]
  59: jne short 0x30
  5b: mov [rbp-0x20],r10
  5f: mov r11,[rbp-0x20]
  63: mov [rbp+0x18],r11
  67: mov eax,ebx
  6a: mov rbx,[rbp-0x10]
  6e: mov rsp,rbp
  71: pop rbp
  72: ret
  73: call 0xFFFFFFFFFFFFFDC6
  78: jmp 0xC
  7d: call 0xFFFFFFFFFFFFFDC6
  82: jmp 0x30

;; func 3 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: xor r10d,r10d
  12: cmp rsp,[r15+0x18]
  16: jb near 0x2D
  1c: add r10d,edi
  1f: sub edi,1
  23: jne short 0x12
  25: mov eax,r10d
  28: mov rsp,rbp
  2b: pop rbp
  2c: ret
  2d: call 0xFFFFFFFFFFFFFD3F
  32: jmp 0x12

