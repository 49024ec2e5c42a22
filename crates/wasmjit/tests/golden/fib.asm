;; func 0 fib
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x63
  16: mov rsp,r11
  19: cmp dword [rbp+0x10],2
  23: jge near 0x31
  29: mov eax,[rbp+0x10]
  2c: jmp 0x5E
  31: mov eax,[rbp+0x10]
  34: sub eax,1
  38: mov [rsp],rax
  3d: call 0
  42: mov ecx,[rbp+0x10]
  45: sub ecx,2
  49: mov [rbp-0x10],rax
  4d: mov [rsp],rcx
  52: call 0
  57: add eax,[rbp-0x10]
  5e: mov rsp,rbp
  61: pop rbp
  62: ret
  63: mov eax,9
  68: call 0xFFFFFFFFFFFFFFEF

