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
  3b: movsd xmm15,[rel 0x70]
  44: addsd xmm0,xmm15
  49: movsd [r15+0x60],xmm0
  4f: mov eax,[r15+0x70]
  53: mov rcx,[r15+0x38]
  57: mov ecx,[rcx]
  5c: add eax,ecx
  5f: mov rsp,rbp
  62: pop rbp
  63: ret
  64: int3
  65: int3
  66: int3
  67: int3
  68: int3
  69: int3
  6a: int3
  6b: int3
  6c: int3
  6d: int3
  6e: int3
  6f: int3
  70: add [rax],al
  72: add [rax],al
  74: add [rax],al
  76: loopne 0xB7
  78: add [rax],al
  7a: add [rax],al
  7c: add [rax],al
  7e: add [rax],al

