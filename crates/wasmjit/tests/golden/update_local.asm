;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x40]
  10: cmp r11,[r15+0x18]
  14: jb near 0x5C
  1a: mov rsp,r11
  1d: xor r12d,r12d
  20: xor ebx,ebx
  23: xor r13d,r13d
  26: cmp rsp,[r15+0x18]
  2a: jb near 0x5C
  30: add r12d,1
  34: xor ebx,edi
  37: and ebx,0xF0
  3e: or ebx,r12d
  41: add r13,3
  45: mov eax,r12d
  48: sub r13,rax
  4b: cmp r12d,edi
  4e: jl near 0x26
  54: mov rax,r13
  57: mov rsp,rbp
  5a: pop rbp
  5b: ret
  5c: mov eax,9
  61: call 0xFFFFFFFFFFFFFFEF

