;; func 0 inc
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: lea eax,[rdi+1]
  12: mov rsp,rbp
  15: pop rbp
  16: ret

;; func 1 dbl
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: mov eax,edi
  12: shl eax,1
  16: mov rsp,rbp
  19: pop rbp
  1a: ret

;; func 2 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: lea r11,[rsp-0x30]
  14: cmp r11,[r15+0x18]
  18: jb near 0xB4
  1e: mov rsp,r11
  21: mov [rbp+0x10],rdi
  25: mov [rbp+0x18],rsi
  29: mov r11,[rbp+0x18]
  2d: mov [rsp],r11
  32: mov r11d,[rbp+0x10]
  36: mov rax,[r15+0x50]
  3d: cmp r11d,[rax+8]
  44: jae near 0x96
  4a: mov rax,[rax]
  51: mov rax,[rax+r11*8]
  55: test rax,rax
  58: je near 0xA0
  5e: cmp dword [rax+0x10],0
  68: jne near 0xAA
  6e: mov [rbp-8],r15
  72: mov r15,[rax+8]
  79: mov r14,[r15+8]
  80: call qword [rax]
  86: mov r15,[rbp-8]
  8a: mov r14,[r15+8]
  91: mov rsp,rbp
  94: pop rbp
  95: ret
  96: mov eax,3
  9b: call 0xFFFFFFFFFFFFFE1F
  a0: mov eax,4
  a5: call 0xFFFFFFFFFFFFFE1F
  aa: mov eax,5
  af: call 0xFFFFFFFFFFFFFE1F
  b4: call 0xFFFFFFFFFFFFFE30
  b9: jmp 0xC

;; func 3 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0xAE
  1a: mov rsp,r11
  1d: mov [rbp+0x10],rdi
  21: mov r11,[rbp+0x10]
  25: mov [rsp],r11
  2a: mov r11d,1
  30: mov rax,[r15+0x50]
  37: cmp r11d,[rax+8]
  3e: jae near 0x90
  44: mov rax,[rax]
  4b: mov rax,[rax+r11*8]
  4f: test rax,rax
  52: je near 0x9A
  58: cmp dword [rax+0x10],0
  62: jne near 0xA4
  68: mov [rbp-8],r15
  6c: mov r15,[rax+8]
  73: mov r14,[r15+8]
  7a: call qword [rax]
  80: mov r15,[rbp-8]
  84: mov r14,[r15+8]
  8b: mov rsp,rbp
  8e: pop rbp
  8f: ret
  90: mov eax,3
  95: call 0xFFFFFFFFFFFFFD61
  9a: mov eax,4
  9f: call 0xFFFFFFFFFFFFFD61
  a4: mov eax,5
  a9: call 0xFFFFFFFFFFFFFD61
  ae: call 0xFFFFFFFFFFFFFD72
  b3: jmp 8

