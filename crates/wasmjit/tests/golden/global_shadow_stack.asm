;; func 1 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: lea r11,[rsp-0x60]
  14: cmp r11,[r15+0x18]
  18: jb near 0xCC
  1e: mov rsp,r11
  21: mov [rbp+0x10],rdi
  25: mov [rbp+0x18],rsi
  29: mov ebx,[r15+0x50]
  2d: lea eax,[rbx-4]
  30: mov ebx,eax
  33: mov [r15+0x50],eax
  37: cmp ebx,0x6B4
  3e: jge near 0x94
  44: mov dword [rsp],0x86D0
  4c: mov dword [rsp+8],0x8700
  54: mov dword [rsp+0x10],1
  5c: mov dword [rsp+0x18],1
  64: mov rax,[r15+0x30]
  68: mov [rbp-8],r15
  6c: mov r15,[rax+8]
  73: mov r14,[r15+8]
  7a: call qword [rax]
  80: mov r15,[rbp-8]
  84: mov r14,[r15+8]
  8b: mov ebx,[r15+0x50]
  8f: jmp 0xC2
  94: mov dword [r14+rbx],0
  9c: mov eax,[rbp+0x10]
  9f: mov [r14+rbx],eax
  a3: mov eax,[rbp+0x18]
  a6: shl eax,2
  aa: add eax,[rbp+0x10]
  ad: movss xmm0,[r14+rax]
  b3: lea eax,[rbx+4]
  b6: mov ebx,eax
  b9: mov [r15+0x50],eax
  bd: mov rsp,rbp
  c0: pop rbp
  c1: ret
  c2: mov eax,1
  c7: call 0xFFFFFFFFFFFFFE51
  cc: call 0xFFFFFFFFFFFFFE62
  d1: jmp 0xC

