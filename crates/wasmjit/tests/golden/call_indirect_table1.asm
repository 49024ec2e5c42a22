;; func 0 nop
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x10
   b: mov rsp,rbp
   e: pop rbp
   f: ret

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x20]
  10: cmp r11,[r15+0x18]
  14: jb near 0xA3
  1a: mov rsp,r11
  1d: mov [rbp+0x10],rdi
  21: mov r11d,[rbp+0x10]
  25: mov rax,[r15+0x48]
  2c: cmp r11d,[rax+8]
  33: jae near 0x85
  39: mov rax,[rax]
  40: mov rax,[rax+r11*8]
  44: test rax,rax
  47: je near 0x8F
  4d: cmp dword [rax+0x10],0
  57: jne near 0x99
  5d: mov [rbp-8],r15
  61: mov r15,[rax+8]
  68: mov r14,[r15+8]
  6f: call qword [rax]
  75: mov r15,[rbp-8]
  79: mov r14,[r15+8]
  80: mov rsp,rbp
  83: pop rbp
  84: ret
  85: mov eax,3
  8a: call 0xFFFFFFFFFFFFFE41
  8f: mov eax,4
  94: call 0xFFFFFFFFFFFFFE41
  99: mov eax,5
  9e: call 0xFFFFFFFFFFFFFE41
  a3: call 0xFFFFFFFFFFFFFE52
  a8: jmp 8

