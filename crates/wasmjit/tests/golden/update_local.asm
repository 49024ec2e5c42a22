;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x40
   f: xor r12d,r12d
  12: xor ebx,ebx
  15: xor r13d,r13d
  18: cmp rsp,[r15+0x18]
  1c: jb near 0x4A
  22: add r12d,1
  26: xor ebx,edi
  29: and ebx,0xF0
  30: or ebx,r12d
  33: add r13,3
  37: mov eax,r12d
  3a: sub r13,rax
  3d: cmp r12d,edi
  40: jl short 0x18
  42: mov rax,r13
  45: mov rsp,rbp
  48: pop rbp
  49: ret
  4a: call 0xFFFFFFFFFFFFFE62
  4f: jmp 0x18

