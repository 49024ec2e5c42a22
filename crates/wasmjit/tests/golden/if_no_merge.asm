;; func 1 get
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: sub rsp,0x30
  13: mov eax,[r14+rdi+4]
  1b: cmp esi,eax
  1e: jb near 0x62
  24: mov dword [rsp],7
  2c: cmp rsp,[r15+0x18]
  30: jb near 0x83
  36: mov rax,[r15+0x30]
  3a: mov [rbp-8],r15
  3e: mov r15,[rax+8]
  45: mov r14,[r15+8]
  4c: call qword [rax]
  52: mov r15,[rbp-8]
  56: mov r14,[r15+8]
  5d: jmp 0x79
  62: mov eax,[r14+rdi]
  66: mov ecx,esi
  69: shl ecx,2
  6d: add eax,ecx
  70: mov eax,[r14+rax]
  74: mov rsp,rbp
  77: pop rbp
  78: ret
  79: mov eax,1
  7e: call 0xFFFFFFFFFFFFFE51
  83: call 0xFFFFFFFFFFFFFE62
  88: jmp 0x2C

;; func 2 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x50]
  10: cmp r11,[r15+0x18]
  14: jb near 0x163
  1a: mov rsp,r11
  1d: mov [rbp+0x10],rdi
  21: mov eax,[rbp+0x10]
  24: mov eax,[r14+rax+4]
  2c: cmp eax,0
  33: ja near 0x6D
  39: mov dword [rsp],7
  41: mov rax,[r15+0x30]
  45: mov [rbp-8],r15
  49: mov r15,[rax+8]
  50: mov r14,[r15+8]
  57: call qword [rax]
  5d: mov r15,[rbp-8]
  61: mov r14,[r15+8]
  68: jmp 0x145
  6d: mov eax,[rbp+0x10]
  70: mov eax,[r14+rax]
  74: add eax,0
  78: mov eax,[r14+rax]
  7c: mov ecx,[rbp+0x10]
  7f: mov ecx,[r14+rcx+4]
  87: cmp ecx,1
  8e: ja near 0xCC
  94: mov [rbp-0x20],rax
  98: mov dword [rsp],7
  a0: mov rax,[r15+0x30]
  a4: mov [rbp-8],r15
  a8: mov r15,[rax+8]
  af: mov r14,[r15+8]
  b6: call qword [rax]
  bc: mov r15,[rbp-8]
  c0: mov r14,[r15+8]
  c7: jmp 0x14F
  cc: mov ecx,[rbp+0x10]
  cf: mov ecx,[r14+rcx]
  d3: add ecx,4
  d7: mov ecx,[r14+rcx]
  db: add eax,ecx
  de: mov ecx,[rbp+0x10]
  e1: mov ecx,[r14+rcx+4]
  e9: cmp ecx,2
  f0: ja near 0x12E
  f6: mov [rbp-0x20],rax
  fa: mov dword [rsp],7
 102: mov rax,[r15+0x30]
 106: mov [rbp-8],r15
 10a: mov r15,[rax+8]
 111: mov r14,[r15+8]
 118: call qword [rax]
 11e: mov r15,[rbp-8]
 122: mov r14,[r15+8]
 129: jmp 0x159
 12e: mov ecx,[rbp+0x10]
 131: mov ecx,[r14+rcx]
 135: add ecx,8
 139: mov ecx,[r14+rcx]
 13d: add eax,ecx
 140: mov rsp,rbp
 143: pop rbp
 144: ret
 145: mov eax,1
 14a: call 0xFFFFFFFFFFFFFDC4
 14f: mov eax,1
 154: call 0xFFFFFFFFFFFFFDC4
 159: mov eax,1
 15e: call 0xFFFFFFFFFFFFFDC4
 163: call 0xFFFFFFFFFFFFFDD5
 168: jmp 8

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
  3b: call 0xFFFFFFFFFFFFFC57

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

