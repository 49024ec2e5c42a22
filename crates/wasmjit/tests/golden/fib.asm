;; func 0 fib
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x30
   b: mov rax,[r15+0x18]
  12: cmp rsp,[rax]
  17: jb near 0x6D
  1d: cmp dword [rbp+0x10],2
  27: jge near 0x35
  2d: mov eax,[rbp+0x10]
  30: jmp 0x68
  35: mov eax,[rbp+0x10]
  38: sub eax,1
  3f: mov [rsp],rax
  44: call 0
  49: mov ecx,[rbp+0x10]
  4c: sub ecx,2
  53: mov [rbp-0x10],rax
  57: mov [rsp],rcx
  5c: call 0
  61: add eax,[rbp-0x10]
  68: mov rsp,rbp
  6b: pop rbp
  6c: ret
  6d: mov eax,9
  72: call 0xFFFFFFFFFFFFFFF0

