;; func 1 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: lea r11,[rsp-0x60]
  14: cmp r11,[r15+0x18]
  18: jb near 0xE9
  1e: mov rsp,r11
  21: mov [rbp+0x10],rdi
  25: mov [rbp+0x18],rsi
  29: mov ebx,[r15+0x50]
  30: mov eax,ebx
  33: sub eax,4
  37: mov ebx,eax
  3a: mov [r15+0x50],eax
  41: cmp ebx,0x6B4
  48: jge near 0xA4
  4e: mov dword [rsp],0x86D0
  56: mov dword [rsp+8],0x8700
  5e: mov dword [rsp+0x10],1
  66: mov dword [rsp+0x18],1
  6e: mov rax,[r15+0x30]
  75: mov [rbp-8],r15
  79: mov r15,[rax+8]
  80: mov r14,[r15+8]
  87: call qword [rax]
  8d: mov r15,[rbp-8]
  91: mov r14,[r15+8]
  98: mov ebx,[r15+0x50]
  9f: jmp 0xF3
  a4: mov dword [r14+rbx],0
  b0: mov eax,[rbp+0x10]
  b3: mov [r14+rbx],eax
  bb: mov eax,[rbp+0x18]
  be: shl eax,2
  c2: add eax,[rbp+0x10]
  c9: movss xmm0,[r14+rax]
  d3: mov eax,ebx
  d6: add eax,4
  da: mov ebx,eax
  dd: mov [r15+0x50],eax
  e4: mov rsp,rbp
  e7: pop rbp
  e8: ret
  e9: mov eax,9
  ee: call 0xFFFFFFFFFFFFFFEF
  f3: mov eax,1
  f8: call 0xFFFFFFFFFFFFFFEF

