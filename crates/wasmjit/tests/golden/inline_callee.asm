;; func 0 get
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x36
  16: mov rsp,r11
  19: mov eax,[rbp+0x18]
  1c: shl eax,2
  20: add eax,[rbp+0x10]
  27: movss xmm0,[r14+rax]
  31: mov rsp,rbp
  34: pop rbp
  35: ret
  36: mov eax,9
  3b: call 0xFFFFFFFFFFFFFFEF

;; func 1 clamp
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x58
  16: mov rsp,r11
  19: cmp dword [rbp+0x10],0
  23: jge near 0x34
  29: mov eax,0
  2f: jmp 0x53
  34: cmp dword [rbp+0x10],0x64
  3e: jle near 0x50
  44: mov dword [rbp+0x10],0x64
  50: mov eax,[rbp+0x10]
  53: mov rsp,rbp
  56: pop rbp
  57: ret
  58: mov eax,9
  5d: call 0xFFFFFFFFFFFFFFAF

;; func 2 center
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: cmp r11,[r15+0x18]
  10: jb near 0x67
  16: mov rsp,r11
  19: mov ebx,[rbp+0x10]
  1c: cmp ebx,0
  23: jge near 0x34
  29: mov eax,0
  2f: jmp 0x4A
  34: cmp ebx,0x64
  3b: jle near 0x47
  41: mov ebx,0x64
  47: mov eax,ebx
  4a: mov ebx,eax
  4d: mov eax,ebx
  50: shl eax,2
  54: add eax,0x40
  58: movss xmm0,[r14+rax]
  62: mov rsp,rbp
  65: pop rbp
  66: ret
  67: mov eax,9
  6c: call 0xFFFFFFFFFFFFFF4D

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x50]
   c: cmp r11,[r15+0x18]
  10: jb near 0xC3
  16: mov rsp,r11
  19: mov ebx,[rbp+0x10]
  1c: cmp ebx,0
  23: jge near 0x34
  29: mov eax,0
  2f: jmp 0x4A
  34: cmp ebx,0x64
  3b: jle near 0x47
  41: mov ebx,0x64
  47: mov eax,ebx
  4a: mov ebx,eax
  4d: mov eax,ebx
  50: shl eax,2
  54: add eax,0x40
  58: movss xmm0,[r14+rax]
  62: mov ebx,[rbp+0x18]
  65: movsd [rbp-0x28],xmm0
  6a: cmp ebx,0
  71: jge near 0x82
  77: mov eax,0
  7d: jmp 0x98
  82: cmp ebx,0x64
  89: jle near 0x95
  8f: mov ebx,0x64
  95: mov eax,ebx
  98: mov ebx,eax
  9b: mov eax,ebx
  9e: shl eax,2
  a2: add eax,0x40
  a6: movss xmm0,[r14+rax]
  b0: movss xmm1,[rbp-0x28]
  b5: subss xmm1,xmm0
  ba: movaps xmm0,xmm1
  be: mov rsp,rbp
  c1: pop rbp
  c2: ret
  c3: mov eax,9
  c8: call 0xFFFFFFFFFFFFFEDC

