;; func 0 r
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x52
  1e: mov rsp,r11
  21: cmp dword [rbp+0x10],0
  2b: jne near 0x3C
  31: mov eax,0
  37: jmp 0x4D
  3c: mov eax,[rbp+0x10]
  3f: sub eax,1
  43: mov [rsp],rax
  48: call 0
  4d: mov rsp,rbp
  50: pop rbp
  51: ret
  52: mov eax,9
  57: call 0xFFFFFFFFFFFFFFEF

