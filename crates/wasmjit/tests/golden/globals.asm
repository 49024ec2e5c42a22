;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x30
   b: mov rax,[r15+0x38]
  12: mov eax,[rax]
  17: add eax,1
  1b: mov r11,[r15+0x38]
  22: mov [r11],eax
  27: mov rax,[r15+0x50]
  2e: mov rcx,[r15+0x40]
  35: mov rcx,[rcx]
  3a: add rax,rcx
  3d: mov [r15+0x50],rax
  44: movsd xmm0,[r15+0x60]
  4d: mov r11,0x3FE0000000000000
  57: movq xmm15,r11
  5c: addsd xmm0,xmm15
  61: movsd [r15+0x60],xmm0
  6a: mov eax,[r15+0x70]
  71: mov rcx,[r15+0x38]
  78: mov ecx,[rcx]
  7d: add eax,ecx
  80: mov rsp,rbp
  83: pop rbp
  84: ret

