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
  1d: mov [rbp+0x10],r12
  21: mov r12,rdi
  24: mov [rbp-0x10],rbx
  28: xor ebx,ebx
  2b: cmp rsp,[r15+0x18]
  2f: jb near 0x60
  35: mov rdi,rbx
  38: call 0xFFFFFFFFFFFFFFD9
  3d: mov ebx,eax
  40: sub r12d,1
  44: jne short 0x2B
  46: mov eax,ebx
  49: mov r12,[rbp+0x10]
  4d: mov rbx,[rbp-0x10]
  51: mov rsp,rbp
  54: pop rbp
  55: ret
  56: call 0xFFFFFFFFFFFFFE37
  5b: jmp 8
  60: call 0xFFFFFFFFFFFFFE37
  65: jmp 0x2B

