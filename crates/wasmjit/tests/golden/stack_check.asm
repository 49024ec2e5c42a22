;; func 0 r
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x4A
  16: mov rsp,r11
  19: cmp dword [rbp+0x10],0
  23: jne near 0x34
  29: mov eax,0
  2f: jmp 0x45
  34: mov eax,[rbp+0x10]
  37: sub eax,1
  3b: mov [rsp],rax
  40: call 0
  45: mov rsp,rbp
  48: pop rbp
  49: ret
  4a: mov eax,9
  4f: call 0xFFFFFFFFFFFFFFEF

