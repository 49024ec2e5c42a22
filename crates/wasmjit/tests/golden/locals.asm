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
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x31
  16: mov rsp,r11
  19: mov eax,[rbp+0x10]
  1c: add eax,1
  20: mov [rbp-0x10],rax
  24: imul eax,[rbp-0x10]
  2c: mov rsp,rbp
  2f: pop rbp
  30: ret
  31: mov eax,9
  36: call 0xFFFFFFFFFFFFFF74

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x3C
  16: mov rsp,r11
  19: mov r11,[rbp+0x10]
  1d: mov [rbp-0x10],r11
  21: mov dword [rbp+0x10],5
  2d: mov eax,[rbp-0x10]
  30: sub eax,[rbp+0x10]
  37: mov rsp,rbp
  3a: pop rbp
  3b: ret
  3c: mov eax,9
  41: call 0xFFFFFFFFFFFFFF39

