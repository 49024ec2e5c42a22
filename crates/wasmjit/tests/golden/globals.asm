;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0xB4
  1e: mov rsp,r11
  21: mov rax,[r15+0x38]
  28: mov eax,[rax]
  2d: add eax,1
  31: mov r11,[r15+0x38]
  38: mov [r11],eax
  3d: mov rax,[r15+0x48]
  44: mov rax,[rax]
  49: mov rcx,[r15+0x40]
  50: mov rcx,[rcx]
  55: add rax,rcx
  58: mov r11,[r15+0x48]
  5f: mov [r11],rax
  64: mov r11,[r15+0x50]
  6b: movsd xmm0,[r11]
  72: mov r11,0x3FE0000000000000
  7c: movq xmm15,r11
  81: addsd xmm0,xmm15
  86: mov r11,[r15+0x50]
  8d: movsd [r11],xmm0
  94: mov rax,[r15+0x58]
  9b: mov eax,[rax]
  a0: mov rcx,[r15+0x38]
  a7: mov ecx,[rcx]
  ac: add eax,ecx
  af: mov rsp,rbp
  b2: pop rbp
  b3: ret
  b4: mov eax,9
  b9: call 0xFFFFFFFFFFFFFFEF

