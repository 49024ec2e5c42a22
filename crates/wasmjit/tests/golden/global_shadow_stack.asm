;; func 1 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: lea r11,[rsp-0x60]
  14: cmp r11,[r15+0x18]
  18: jb near 0xDF
  1e: mov rsp,r11
  21: mov [rbp+0x10],rdi
  25: mov [rbp+0x18],rsi
  29: mov ebx,[r15+0x50]
  30: lea eax,[rbx-4]
  33: mov ebx,eax
  36: mov [r15+0x50],eax
  3d: cmp ebx,0x6B4
  44: jge near 0xA0
  4a: mov dword [rsp],0x86D0
  52: mov dword [rsp+8],0x8700
  5a: mov dword [rsp+0x10],1
  62: mov dword [rsp+0x18],1
  6a: mov rax,[r15+0x30]
  71: mov [rbp-8],r15
  75: mov r15,[rax+8]
  7c: mov r14,[r15+8]
  83: call qword [rax]
  89: mov r15,[rbp-8]
  8d: mov r14,[r15+8]
  94: mov ebx,[r15+0x50]
  9b: jmp 0xD5
  a0: mov dword [r14+rbx],0
  a8: mov eax,[rbp+0x10]
  ab: mov [r14+rbx],eax
  af: mov eax,[rbp+0x18]
  b2: shl eax,2
  b6: add eax,[rbp+0x10]
  bd: movss xmm0,[r14+rax]
  c3: lea eax,[rbx+4]
  c6: mov ebx,eax
  c9: mov [r15+0x50],eax
  d0: mov rsp,rbp
  d3: pop rbp
  d4: ret
  d5: mov eax,1
  da: call 0xFFFFFFFFFFFFFE51
  df: call 0xFFFFFFFFFFFFFE62
  e4: jmp 0xC

