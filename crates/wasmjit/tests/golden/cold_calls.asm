;; func 1 fail
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x10
   b: cmp rsp,[r15+0x18]
   f: jb near 0x1A
  15: mov rsp,rbp
  18: pop rbp
  19: ret
  1a: call 0xFFFFFFFFFFFFFE62
  1f: jmp 0xB

;; func 2 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: mov r8d,[rsp+0x18]
   d: push rbp
   e: mov rbp,rsp
  11: sub rsp,0x50
  18: mov eax,[r14+rdi]
  1c: cmp esi,eax
  1f: jb near 0x78
  25: mov dword [rsp],1
  2d: mov dword [rsp+8],2
  35: mov [rsp+0x10],rsi
  3a: mov dword [rsp+0x18],4
  42: cmp rsp,[r15+0x18]
  46: jb near 0x95
  4c: mov rax,[r15+0x30]
  50: mov [rbp-8],r15
  54: mov r15,[rax+8]
  5b: mov r14,[r15+8]
  62: call qword [rax]
  68: mov r15,[rbp-8]
  6c: mov r14,[r15+8]
  73: jmp 0x8B
  78: mov eax,esi
  7b: shl eax,2
  7f: add eax,edi
  82: mov [r14+rax],r8d
  86: mov rsp,rbp
  89: pop rbp
  8a: ret
  8b: mov eax,1
  90: call 0xFFFFFFFFFFFFFE2D
  95: call 0xFFFFFFFFFFFFFE3E
  9a: jmp 0x42

;; func 3 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: test edi,edi
  12: jne near 0x2C
  18: cmp rsp,[r15+0x18]
  1c: jb near 0xD6
  22: call 0xFFFFFFFFFFFFFF3D
  27: jmp 0xAE
  2c: cmp edi,7
  33: jne near 0xA6
  39: cmp rsp,[r15+0x18]
  3d: jb near 0xE0
  43: mov r11d,edi
  46: mov rax,[r15+0x58]
  4d: cmp r11d,[rax+8]
  54: jae near 0xB8
  5a: mov rax,[rax]
  61: mov rax,[rax+r11*8]
  65: test rax,rax
  68: je near 0xC2
  6e: cmp dword [rax+0x10],0
  78: jne near 0xCC
  7e: mov [rbp-8],r15
  82: mov r15,[rax+8]
  89: mov r14,[r15+8]
  90: call qword [rax]
  96: mov r15,[rbp-8]
  9a: mov r14,[r15+8]
  a1: jmp 0xAE
  a6: lea eax,[rdi+1]
  a9: mov rsp,rbp
  ac: pop rbp
  ad: ret
  ae: mov eax,1
  b3: call 0xFFFFFFFFFFFFFD8E
  b8: mov eax,3
  bd: call 0xFFFFFFFFFFFFFD8E
  c2: mov eax,4
  c7: call 0xFFFFFFFFFFFFFD8E
  cc: mov eax,5
  d1: call 0xFFFFFFFFFFFFFD8E
  d6: call 0xFFFFFFFFFFFFFD9F
  db: jmp 0x18
  e0: call 0xFFFFFFFFFFFFFD9F
  e5: jmp 0x39

;; func 4 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x60]
  10: cmp r11,[r15+0x18]
  14: jb near 0xB6
  1a: mov rsp,r11
  1d: mov [rbp+0x10],rbx
  21: mov rbx,rdi
  24: mov [rbp-0x10],r12
  28: xor r12d,r12d
  2b: cmp rsp,[r15+0x18]
  2f: jb near 0xC0
  35: cmp ebx,0x64
  3c: jbe near 0x8E
  42: mov dword [rsp],0
  4a: mov dword [rsp+8],0
  52: mov dword [rsp+0x10],0
  5a: mov dword [rsp+0x18],0
  62: mov rax,[r15+0x30]
  66: mov [rbp-8],r15
  6a: mov r15,[rax+8]
  71: mov r14,[r15+8]
  78: call qword [rax]
  7e: mov r15,[rbp-8]
  82: mov r14,[r15+8]
  89: jmp 0xAC
  8e: call 0xFFFFFFFFFFFFFE53
  93: add r12d,ebx
  96: sub ebx,1
  9a: jne short 0x2B
  9c: mov eax,r12d
  9f: mov rbx,[rbp+0x10]
  a3: mov r12,[rbp-0x10]
  a7: mov rsp,rbp
  aa: pop rbp
  ab: ret
  ac: mov eax,1
  b1: call 0xFFFFFFFFFFFFFCA4
  b6: call 0xFFFFFFFFFFFFFCB5
  bb: jmp 8
  c0: call 0xFFFFFFFFFFFFFCB5
  c5: jmp 0x2B

