;; func 0 fib
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x71
  1e: mov rsp,r11
  21: cmp dword [rbp+0x10],2
  2b: jge near 0x39
  31: mov eax,[rbp+0x10]
  34: jmp 0x6C
  39: mov eax,[rbp+0x10]
  3c: sub eax,1
  43: mov [rsp],rax
  48: call 0
  4d: mov ecx,[rbp+0x10]
  50: sub ecx,2
  57: mov [rbp-0x10],rax
  5b: mov [rsp],rcx
  60: call 0
  65: add eax,[rbp-0x10]
  6c: mov rsp,rbp
  6f: pop rbp
  70: ret
  71: mov eax,9
  76: call 0xFFFFFFFFFFFFFFF0

