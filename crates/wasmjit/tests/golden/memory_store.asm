;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x9A
  1e: mov rsp,r11
  21: mov ebx,[rbp+0x10]
  24: mov eax,[rbp+0x18]
  27: mov [r14+rbx],eax
  2f: mov eax,[rbp+0x18]
  32: mov [r14+rbx+1],al
  3a: mov eax,[rbp+0x18]
  3d: mov [r14+rbx+2],ax
  46: mov rax,[rbp+0x18]
  4a: mov [r14+rbx+8],rax
  52: mov rax,[rbp+0x18]
  56: mov [r14+rbx],al
  5e: mov rax,[rbp+0x18]
  62: mov [r14+rbx],ax
  6b: mov rax,[rbp+0x18]
  6f: mov [r14+rbx],eax
  77: mov dword [r14+rbx+4],0x4D
  83: mov rax,0x123456789A
  8d: mov [r14+rbx],rax
  95: mov rsp,rbp
  98: pop rbp
  99: ret
  9a: mov eax,9
  9f: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x67
  1e: mov rsp,r11
  21: movsd xmm0,[rbp+0x18]
  26: mov eax,[rbp+0x10]
  29: movsd [r14+rax],xmm0
  33: movsd xmm0,[rbp+0x18]
  38: cvtsd2ss xmm0,xmm0
  3d: mov eax,[rbp+0x10]
  40: movss [r14+rax+8],xmm0
  4a: mov r11,0x3FF8000000000000
  54: movq xmm0,r11
  59: movsd [r14+0x10],xmm0
  62: mov rsp,rbp
  65: pop rbp
  66: ret
  67: mov eax,9
  6c: call 0xFFFFFFFFFFFFFF4B

