;; func 0 fib
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x6B
  1e: mov rsp,r11
  21: cmp dword [rbp+0x10],2
  2b: jge near 0x39
  31: mov eax,[rbp+0x10]
  34: jmp 0x66
  39: mov eax,[rbp+0x10]
  3c: sub eax,1
  40: mov [rsp],rax
  45: call 0
  4a: mov ecx,[rbp+0x10]
  4d: sub ecx,2
  51: mov [rbp-0x10],rax
  55: mov [rsp],rcx
  5a: call 0
  5f: add eax,[rbp-0x10]
  66: mov rsp,rbp
  69: pop rbp
  6a: ret
  6b: mov eax,9
  70: call 0xFFFFFFFFFFFFFFEF

