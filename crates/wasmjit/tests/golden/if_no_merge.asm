;; func 1 get
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: lea r11,[rsp-0x30]
  14: cmp r11,[r15+0x18]
  18: jb near 0x9C
  1e: mov rsp,r11
  21: mov [rbp+0x10],rdi
  25: mov [rbp+0x18],rsi
  29: mov eax,[rbp+0x10]
  2c: mov eax,[r14+rax+4]
  34: cmp [rbp+0x18],eax
  3b: jb near 0x78
  41: mov dword [rsp],7
  49: mov rax,[r15+0x30]
  50: mov [rbp-8],r15
  54: mov r15,[rax+8]
  5b: mov r14,[r15+8]
  62: call qword [rax]
  68: mov r15,[rbp-8]
  6c: mov r14,[r15+8]
  73: jmp 0x92
  78: mov eax,[rbp+0x10]
  7b: mov eax,[r14+rax]
  7f: mov ecx,[rbp+0x18]
  82: shl ecx,2
  86: add eax,ecx
  89: mov eax,[r14+rax]
  8d: mov rsp,rbp
  90: pop rbp
  91: ret
  92: mov eax,1
  97: call 0xFFFFFFFFFFFFFE51
  9c: call 0xFFFFFFFFFFFFFE62
  a1: jmp 0xC

;; func 2 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x50]
  10: cmp r11,[r15+0x18]
  14: jb near 0x16C
  1a: mov rsp,r11
  1d: mov [rbp+0x10],rdi
  21: mov eax,[rbp+0x10]
  24: mov eax,[r14+rax+4]
  2c: cmp eax,0
  33: ja near 0x70
  39: mov dword [rsp],7
  41: mov rax,[r15+0x30]
  48: mov [rbp-8],r15
  4c: mov r15,[rax+8]
  53: mov r14,[r15+8]
  5a: call qword [rax]
  60: mov r15,[rbp-8]
  64: mov r14,[r15+8]
  6b: jmp 0x14E
  70: mov eax,[rbp+0x10]
  73: mov eax,[r14+rax]
  77: add eax,0
  7b: mov eax,[r14+rax]
  7f: mov ecx,[rbp+0x10]
  82: mov ecx,[r14+rcx+4]
  8a: cmp ecx,1
  91: ja near 0xD2
  97: mov [rbp-0x20],rax
  9b: mov dword [rsp],7
  a3: mov rax,[r15+0x30]
  aa: mov [rbp-8],r15
  ae: mov r15,[rax+8]
  b5: mov r14,[r15+8]
  bc: call qword [rax]
  c2: mov r15,[rbp-8]
  c6: mov r14,[r15+8]
  cd: jmp 0x158
  d2: mov ecx,[rbp+0x10]
  d5: mov ecx,[r14+rcx]
  d9: add ecx,4
  dd: mov ecx,[r14+rcx]
  e1: add eax,ecx
  e4: mov ecx,[rbp+0x10]
  e7: mov ecx,[r14+rcx+4]
  ef: cmp ecx,2
  f6: ja near 0x137
  fc: mov [rbp-0x20],rax
 100: mov dword [rsp],7
 108: mov rax,[r15+0x30]
 10f: mov [rbp-8],r15
 113: mov r15,[rax+8]
 11a: mov r14,[r15+8]
 121: call qword [rax]
 127: mov r15,[rbp-8]
 12b: mov r14,[r15+8]
 132: jmp 0x162
 137: mov ecx,[rbp+0x10]
 13a: mov ecx,[r14+rcx]
 13e: add ecx,8
 142: mov ecx,[r14+rcx]
 146: add eax,ecx
 149: mov rsp,rbp
 14c: pop rbp
 14d: ret
 14e: mov eax,1
 153: call 0xFFFFFFFFFFFFFDAB
 158: mov eax,1
 15d: call 0xFFFFFFFFFFFFFDAB
 162: mov eax,1
 167: call 0xFFFFFFFFFFFFFDAB
 16c: call 0xFFFFFFFFFFFFFDBC
 171: jmp 8

;; func 3 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: sub rsp,0x30
  13: mov eax,edi
  16: imul eax,3
  1d: test esi,esi
  20: je near 0x2B
  26: jmp 0x36
  2b: lea ecx,[rdi+5]
  2e: add eax,esi
  31: mov rsp,rbp
  34: pop rbp
  35: ret
  36: mov eax,1
  3b: call 0xFFFFFFFFFFFFFC35

;; func 4 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: sub rsp,0x30
  13: mov eax,edi
  16: imul eax,3
  1d: mov [rbp-0x10],rax
  21: test esi,esi
  24: je near 0x2E
  2a: add esi,1
  2e: mov eax,[rbp-0x10]
  31: add eax,esi
  34: mov rsp,rbp
  37: pop rbp
  38: ret

