;; func 0 r
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x4A
  1a: mov rsp,r11
  1d: mov [rbp+0x10],rdi
  21: cmp dword [rbp+0x10],0
  25: jne near 0x36
  2b: mov eax,0
  31: jmp 0x45
  36: mov eax,[rbp+0x10]
  39: sub eax,1
  3d: mov rdi,rax
  40: call 4
  45: mov rsp,rbp
  48: pop rbp
  49: ret
  4a: call 0xFFFFFFFFFFFFFE62
  4f: jmp 8

