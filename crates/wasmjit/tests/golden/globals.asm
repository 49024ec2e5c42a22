;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0xAC
  16: mov rsp,r11
  19: mov rax,[r15+0x38]
  20: mov eax,[rax]
  25: add eax,1
  29: mov r11,[r15+0x38]
  30: mov [r11],eax
  35: mov rax,[r15+0x48]
  3c: mov rax,[rax]
  41: mov rcx,[r15+0x40]
  48: mov rcx,[rcx]
  4d: add rax,rcx
  50: mov r11,[r15+0x48]
  57: mov [r11],rax
  5c: mov r11,[r15+0x50]
  63: movsd xmm0,[r11]
  6a: mov r11,0x3FE0000000000000
  74: movq xmm15,r11
  79: addsd xmm0,xmm15
  7e: mov r11,[r15+0x50]
  85: movsd [r11],xmm0
  8c: mov rax,[r15+0x58]
  93: mov eax,[rax]
  98: mov rcx,[r15+0x38]
  9f: mov ecx,[rcx]
  a4: add eax,ecx
  a7: mov rsp,rbp
  aa: pop rbp
  ab: ret
  ac: mov eax,9
  b1: call 0xFFFFFFFFFFFFFFEF

