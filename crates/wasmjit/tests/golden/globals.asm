;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x93
  16: mov rsp,r11
  19: mov rax,[r15+0x38]
  20: mov eax,[rax]
  25: add eax,1
  29: mov r11,[r15+0x38]
  30: mov [r11],eax
  35: mov rax,[r15+0x50]
  3c: mov rcx,[r15+0x40]
  43: mov rcx,[rcx]
  48: add rax,rcx
  4b: mov [r15+0x50],rax
  52: movsd xmm0,[r15+0x60]
  5b: mov r11,0x3FE0000000000000
  65: movq xmm15,r11
  6a: addsd xmm0,xmm15
  6f: movsd [r15+0x60],xmm0
  78: mov eax,[r15+0x70]
  7f: mov rcx,[r15+0x38]
  86: mov ecx,[rcx]
  8b: add eax,ecx
  8e: mov rsp,rbp
  91: pop rbp
  92: ret
  93: mov eax,9
  98: call 0xFFFFFFFFFFFFFFEF

