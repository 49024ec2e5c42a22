;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x6C
  1e: mov rsp,r11
  21: mov r10d,[rbp+0x10]
  25: xor r12d,r12d
  28: xor ebx,ebx
  2b: xor r13d,r13d
  2e: mov r11,[r15+0x18]
  35: cmp rsp,[r11]
  3a: jb near 0x6C
  40: add r12d,1
  44: xor ebx,r10d
  47: and ebx,0xF0
  4e: or ebx,r12d
  51: add r13,3
  55: mov eax,r12d
  58: sub r13,rax
  5b: cmp r12d,r10d
  5e: jl near 0x2E
  64: mov rax,r13
  67: mov rsp,rbp
  6a: pop rbp
  6b: ret
  6c: mov eax,9
  71: call 0xFFFFFFFFFFFFFFEF

