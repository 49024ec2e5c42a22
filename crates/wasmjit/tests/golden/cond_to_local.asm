;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x40]
  10: cmp r11,[r15+0x18]
  14: jb near 0x4A
  1a: mov rsp,r11
  1d: xor ebx,ebx
  20: cmp rsp,[r15+0x18]
  24: jb near 0x4A
  2a: cmp ebx,edi
  2d: setl r12b
  31: movzx r12d,r12b
  35: add ebx,1
  39: test r12d,r12d
  3c: jne near 0x20
  42: mov eax,r12d
  45: mov rsp,rbp
  48: pop rbp
  49: ret
  4a: mov eax,9
  4f: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: lea r11,[rsp-0x30]
  11: cmp r11,[r15+0x18]
  15: jb near 0x39
  1b: mov rsp,r11
  1e: cmp rdi,0
  25: setg al
  29: movzx eax,al
  2d: mov [rbp-0x10],rax
  31: mov eax,[rbp-0x10]
  34: mov rsp,rbp
  37: pop rbp
  38: ret
  39: mov eax,9
  3e: call 0xFFFFFFFFFFFFFF9B

