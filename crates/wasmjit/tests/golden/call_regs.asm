;; func 0 g
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: mov r8d,[rsp+0x18]
   d: mov r9d,[rsp+0x20]
  12: push rbp
  13: mov rbp,rsp
  16: sub rsp,0x30
  1d: lea eax,[rdi+rsi]
  22: add eax,r8d
  25: sub eax,r9d
  28: mov rsp,rbp
  2b: pop rbp
  2c: ret

;; func 1 seven
   0: mov edi,[rsp+8]
   4: mov r9,[rsp+0x20]
   9: push rbp
   a: mov rbp,rsp
   d: sub rsp,0x30
  14: mov eax,[rbp+0x40]
  17: add eax,edi
  1a: add eax,[rbp+0x38]
  1d: mov [rbp-0x18],r9
  21: mov r11,[rbp-0x18]
  25: mov [rbp+0x18],r11
  29: mov rsp,rbp
  2c: pop rbp
  2d: ret

;; func 2 floats
   0: movsd xmm2,[rsp+0x10]
   6: movsd xmm6,[rsp+0x30]
   c: push rbp
   d: mov rbp,rsp
  10: sub rsp,0x30
  17: movaps xmm0,xmm2
  1b: addsd xmm0,xmm6
  20: movss xmm1,[rbp+0x40]
  25: cvtss2sd xmm1,xmm1
  2a: addsd xmm0,xmm1
  2f: mov rsp,rbp
  32: pop rbp
  33: ret

;; func 3 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: mov r8d,[rsp+0x18]
   d: mov r9d,[rsp+0x20]
  12: push rbp
  13: mov rbp,rsp
  16: lea r11,[rsp-0x80]
  1e: cmp r11,[r15+0x18]
  22: jb near 0x11C
  28: mov rsp,r11
  2b: mov [rbp+0x10],r12
  2f: mov r12,rdi
  32: mov [rbp+0x18],r13
  36: mov r13,rsi
  39: mov [rbp-0x10],rbx
  3d: cmp rsp,[r15+0x18]
  41: jb near 0x126
  47: lea eax,[r12+r13]
  4c: add eax,r9d
  4f: sub eax,r8d
  52: mov ebx,eax
  55: mov [rsp],r12
  5a: mov [rsp+8],r13
  5f: mov [rsp+0x10],r8
  64: mov [rsp+0x18],r9
  69: mov r11d,0
  6f: mov [rbp+0x20],r8
  73: mov [rbp+0x28],r9
  77: mov rax,[r15+0x60]
  7e: cmp r11d,[rax+8]
  85: jae near 0xFE
  8b: mov rax,[rax]
  92: mov rax,[rax+r11*8]
  96: test rax,rax
  99: je near 0x108
  9f: cmp dword [rax+0x10],0
  a9: jne near 0x112
  af: mov [rbp-8],r15
  b3: mov r15,[rax+8]
  ba: mov r14,[r15+8]
  c1: call qword [rax]
  c7: mov r15,[rbp-8]
  cb: mov r14,[r15+8]
  d2: add ebx,eax
  d5: cmp ebx,0x64
  dc: mov r8,[rbp+0x20]
  e0: mov r9,[rbp+0x28]
  e4: jl near 0x3D
  ea: mov eax,ebx
  ed: mov r12,[rbp+0x10]
  f1: mov r13,[rbp+0x18]
  f5: mov rbx,[rbp-0x10]
  f9: mov rsp,rbp
  fc: pop rbp
  fd: ret
  fe: mov eax,3
 103: call 0xFFFFFFFFFFFFFDC2
 108: mov eax,4
 10d: call 0xFFFFFFFFFFFFFDC2
 112: mov eax,5
 117: call 0xFFFFFFFFFFFFFDC2
 11c: call 0xFFFFFFFFFFFFFDD3
 121: jmp 0x16
 126: call 0xFFFFFFFFFFFFFDD3
 12b: jmp 0x3D

;; func 4 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x80]
  10: cmp r11,[r15+0x18]
  14: jb near 0x67
  1a: mov rsp,r11
  1d: mov [rbp+0x10],rdi
  21: mov dword [rsp+0x28],5
  29: mov dword [rsp+0x30],6
  31: mov edi,[rbp+0x10]
  34: mov esi,1
  3a: mov r8d,2
  40: mov r9d,3
  46: mov r10d,4
  4c: call 0xFFFFFFFFFFFFFE77
  51: mov r11,[rsp+8]
  56: mov [rbp-0x18],r11
  5a: mov r11,[rbp-0x18]
  5e: mov [rbp+0x18],r11
  62: mov rsp,rbp
  65: pop rbp
  66: ret
  67: call 0xFFFFFFFFFFFFFCA3
  6c: jmp 8

;; func 5 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x90]
   c: cmp r11,[r15+0x18]
  10: jb near 0x27
  16: mov rsp,r11
  19: movsd xmm0,[rel 0x40]
  22: mov rsp,rbp
  25: pop rbp
  26: ret
  27: call 0xFFFFFFFFFFFFFC32
  2c: jmp 4
  31: int3
  32: int3
  33: int3
  34: int3
  35: int3
  36: int3
  37: int3
  38: int3
  39: int3
  3a: int3
  3b: int3
  3c: int3
  3d: int3
  3e: int3
  3f: int3
  40: add [rax],al
  42: add [rax],al
  44: add [rax],al
  46: add [rax],al
  4a: add [rax],al
  4c: add [rax],al
  4e: add [rax],al

