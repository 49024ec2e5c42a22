;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x30
   b: mov rax,[r15+0x38]
   f: mov eax,[rax]
  14: add eax,1
  18: mov r11,[r15+0x38]
  1c: mov [r11],eax
  21: mov rax,[r15+0x50]
  25: mov rcx,[r15+0x40]
  29: mov rcx,[rcx]
  2e: add rax,rcx
  31: mov [r15+0x50],rax
  35: movsd xmm0,[r15+0x60]
  3b: mov r11,0x3FE0000000000000
  45: movq xmm15,r11
  4a: addsd xmm0,xmm15
  4f: movsd [r15+0x60],xmm0
  55: mov eax,[r15+0x70]
  59: mov rcx,[r15+0x38]
  5d: mov ecx,[rcx]
  62: add eax,ecx
  65: mov rsp,rbp
  68: pop rbp
  69: ret

