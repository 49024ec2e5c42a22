;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: cmp r11,[r15+0x18]
  10: jb near 0x5C
  16: mov rsp,r11
  19: mov r10d,[rbp+0x10]
  1d: xor r12d,r12d
  20: xor ebx,ebx
  23: xor r13d,r13d
  26: cmp rsp,[r15+0x18]
  2a: jb near 0x5C
  30: add r12d,1
  34: xor ebx,r10d
  37: and ebx,0xF0
  3e: or ebx,r12d
  41: add r13,3
  45: mov eax,r12d
  48: sub r13,rax
  4b: cmp r12d,r10d
  4e: jl near 0x26
  54: mov rax,r13
  57: mov rsp,rbp
  5a: pop rbp
  5b: ret
  5c: mov eax,9
  61: call 0xFFFFFFFFFFFFFFEF

