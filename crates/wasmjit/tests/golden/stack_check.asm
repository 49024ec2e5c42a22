;; func 0 r
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x50
  1a: mov rsp,r11
  1d: mov [rbp+0x10],rdi
  21: cmp dword [rbp+0x10],0
  2b: jne near 0x3C
  31: mov eax,0
  37: jmp 0x4B
  3c: mov eax,[rbp+0x10]
  3f: sub eax,1
  43: mov rdi,rax
  46: call 4
  4b: mov rsp,rbp
  4e: pop rbp
  4f: ret
  50: call 0xFFFFFFFFFFFFFE62
  55: jmp 8

