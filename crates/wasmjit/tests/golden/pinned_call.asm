;; func 0 f
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: cmp rsp,[r15+0x18]
  13: jb near 0x21
  19: lea eax,[rdi+1]
  1c: mov rsp,rbp
  1f: pop rbp
  20: ret
  21: call 0xFFFFFFFFFFFFFE62
  26: jmp 0xF

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x56
  1a: mov rsp,r11
  1d: xor ebx,ebx
  20: cmp rsp,[r15+0x18]
  24: jb near 0x60
  2a: mov [rbp+0x10],rdi
  2e: mov [rbp-0x10],rbx
  32: mov rdi,rbx
  35: call 0xFFFFFFFFFFFFFFD9
  3a: mov rdi,[rbp+0x10]
  3e: mov rbx,[rbp-0x10]
  42: mov ebx,eax
  45: sub edi,1
  49: test edi,edi
  4c: jne short 0x20
  4e: mov eax,ebx
  51: mov rsp,rbp
  54: pop rbp
  55: ret
  56: call 0xFFFFFFFFFFFFFE37
  5b: jmp 8
  60: call 0xFFFFFFFFFFFFFE37
  65: jmp 0x20

