;; func 0 fib
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x30
   b: mov rax,[r15+0x18]
  12: cmp rsp,[rax]
  17: jb near 0x83
  1d: cmp dword [rbp+0x10],2
  27: jge near 0x39
  2d: mov eax,[rbp+0x10]
  34: jmp 0x7E
  39: mov eax,[rbp+0x10]
  40: sub eax,1
  47: mov [rsp],rax
  4f: call 0
  54: mov ecx,[rbp+0x10]
  5b: sub ecx,2
  62: mov [rbp-0x10],rax
  6a: mov [rsp],rcx
  72: call 0
  77: add eax,[rbp-0x10]
  7e: mov rsp,rbp
  81: pop rbp
  82: ret
  83: mov eax,9
  88: call 0xFFFFFFFFFFFFFFF0

