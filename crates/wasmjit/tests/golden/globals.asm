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
  3b: addsd xmm0,[rel 0x60]
  44: movsd [r15+0x60],xmm0
  4a: mov eax,[r15+0x70]
  4e: mov rcx,[r15+0x38]
  52: mov ecx,[rcx]
  57: add eax,ecx
  5a: mov rsp,rbp
  5d: pop rbp
  5e: ret
  5f: int3
  60: add [rax],al
  62: add [rax],al
  64: add [rax],al
  66: loopne 0xA7
  68: add [rax],al
  6a: add [rax],al
  6c: add [rax],al
  6e: add [rax],al

