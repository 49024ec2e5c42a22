;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x92
  16: mov rsp,r11
  19: mov ebx,[rbp+0x10]
  1c: mov eax,[rbp+0x18]
  1f: mov [r14+rbx],eax
  27: mov eax,[rbp+0x18]
  2a: mov [r14+rbx+1],al
  32: mov eax,[rbp+0x18]
  35: mov [r14+rbx+2],ax
  3e: mov rax,[rbp+0x18]
  42: mov [r14+rbx+8],rax
  4a: mov rax,[rbp+0x18]
  4e: mov [r14+rbx],al
  56: mov rax,[rbp+0x18]
  5a: mov [r14+rbx],ax
  63: mov rax,[rbp+0x18]
  67: mov [r14+rbx],eax
  6f: mov dword [r14+rbx+4],0x4D
  7b: mov rax,0x123456789A
  85: mov [r14+rbx],rax
  8d: mov rsp,rbp
  90: pop rbp
  91: ret
  92: mov eax,9
  97: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x5F
  16: mov rsp,r11
  19: movsd xmm0,[rbp+0x18]
  1e: mov eax,[rbp+0x10]
  21: movsd [r14+rax],xmm0
  2b: movsd xmm0,[rbp+0x18]
  30: cvtsd2ss xmm0,xmm0
  35: mov eax,[rbp+0x10]
  38: movss [r14+rax+8],xmm0
  42: mov r11,0x3FF8000000000000
  4c: movq xmm0,r11
  51: movsd [r14+0x10],xmm0
  5a: mov rsp,rbp
  5d: pop rbp
  5e: ret
  5f: mov eax,9
  64: call 0xFFFFFFFFFFFFFF53

