;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x50]
   c: cmp r11,[r15+0x18]
  10: jb near 0xF2
  16: mov rsp,r11
  19: mov eax,[r15+0x50]
  20: sub eax,4
  24: mov [r15+0x50],eax
  2b: mov eax,[r15+0x50]
  32: cmp eax,0x6B4
  39: jge near 0x9E
  3f: mov dword [rsp],0x86D0
  4b: mov dword [rsp+8],0x8700
  57: mov dword [rsp+0x10],1
  63: mov dword [rsp+0x18],1
  6f: mov rax,[r15+0x30]
  76: mov [rbp-8],r15
  7a: mov r15,[rax+8]
  81: mov r14,[r15+8]
  88: call qword [rax]
  8e: mov r15,[rbp-8]
  92: mov r14,[r15+8]
  99: jmp 0xFC
  9e: mov eax,[r15+0x50]
  a5: mov dword [r14+rax],0
  b1: mov eax,[r15+0x50]
  b8: mov ecx,[rbp+0x10]
  bb: mov [r14+rax],ecx
  c3: mov eax,[rbp+0x18]
  c6: shl eax,2
  ca: add eax,[rbp+0x10]
  d1: movss xmm0,[r14+rax]
  db: mov eax,[r15+0x50]
  e2: add eax,4
  e6: mov [r15+0x50],eax
  ed: mov rsp,rbp
  f0: pop rbp
  f1: ret
  f2: mov eax,9
  f7: call 0xFFFFFFFFFFFFFFEF
  fc: mov eax,1
 101: call 0xFFFFFFFFFFFFFFEF

