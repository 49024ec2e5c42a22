;; func 0 fib
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x5D
  1a: mov rsp,r11
  1d: mov [rbp+0x10],rdi
  21: cmp dword [rbp+0x10],2
  25: jge near 0x33
  2b: mov eax,[rbp+0x10]
  2e: jmp 0x58
  33: mov eax,[rbp+0x10]
  36: sub eax,1
  3a: mov rdi,rax
  3d: call 4
  42: mov ecx,[rbp+0x10]
  45: sub ecx,2
  49: mov [rbp-0x10],rax
  4d: mov rdi,rcx
  50: call 4
  55: add eax,[rbp-0x10]
  58: mov rsp,rbp
  5b: pop rbp
  5c: ret
  5d: call 0xFFFFFFFFFFFFFE62
  62: jmp 8

