;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x80]
   c: cmp r11,[r15+0x18]
  10: jb near 0x71
  16: mov rsp,r11
  19: xor eax,eax
  1b: mov [rbp-0x10],rax
  22: mov [rbp-0x18],rax
  29: mov [rbp-0x20],rax
  30: mov [rbp-0x28],rax
  37: mov [rbp-0x30],rax
  3e: mov [rbp-0x38],rax
  45: mov [rbp-0x40],rax
  4c: mov [rbp-0x48],rax
  53: mov [rbp-0x50],rax
  5a: mov [rbp-0x58],rax
  61: mov rax,[rbp-0x18]
  65: add rax,[rbp-0x58]
  6c: mov rsp,rbp
  6f: pop rbp
  70: ret
  71: mov eax,9
  76: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x35
  1a: mov rsp,r11
  1d: mov eax,edi
  20: add eax,1
  24: mov [rbp-0x10],rax
  28: imul eax,[rbp-0x10]
  30: mov rsp,rbp
  33: pop rbp
  34: ret
  35: mov eax,9
  3a: call 0xFFFFFFFFFFFFFF74

;; func 2 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x32
  1a: mov rsp,r11
  1d: mov [rbp-0x10],rdi
  21: mov edi,5
  27: mov eax,[rbp-0x10]
  2a: sub eax,edi
  2d: mov rsp,rbp
  30: pop rbp
  31: ret
  32: mov eax,9
  37: call 0xFFFFFFFFFFFFFF35

