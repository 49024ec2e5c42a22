;; func 0 fib
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x67
  1a: mov rsp,r11
  1d: mov [rbp+0x10],rdi
  21: cmp dword [rbp+0x10],2
  2b: jge near 0x39
  31: mov eax,[rbp+0x10]
  34: jmp 0x62
  39: mov eax,[rbp+0x10]
  3c: sub eax,1
  40: mov rdi,rax
  43: call 4
  48: mov ecx,[rbp+0x10]
  4b: sub ecx,2
  4f: mov [rbp-0x10],rax
  53: mov rdi,rcx
  56: call 4
  5b: add eax,[rbp-0x10]
  62: mov rsp,rbp
  65: pop rbp
  66: ret
  67: call 0xFFFFFFFFFFFFFE62
  6c: jmp 8

