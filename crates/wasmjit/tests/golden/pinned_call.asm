;; func 0 f
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: cmp rsp,[r15+0x18]
  13: jb near 0x25
  19: mov eax,edi
  1c: add eax,1
  20: mov rsp,rbp
  23: pop rbp
  24: ret
  25: mov eax,9
  2a: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x5A
  1a: mov rsp,r11
  1d: xor ebx,ebx
  20: cmp rsp,[r15+0x18]
  24: jb near 0x5A
  2a: mov [rbp+0x10],rdi
  2e: mov [rbp-0x10],rbx
  32: mov rdi,rbx
  35: call 0xFFFFFFFFFFFFFFD5
  3a: mov rdi,[rbp+0x10]
  3e: mov rbx,[rbp-0x10]
  42: mov ebx,eax
  45: sub edi,1
  49: test edi,edi
  4c: jne near 0x20
  52: mov eax,ebx
  55: mov rsp,rbp
  58: pop rbp
  59: ret
  5a: mov eax,9
  5f: call 0xFFFFFFFFFFFFFFC0

