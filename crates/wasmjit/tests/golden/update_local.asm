;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x40
   f: xor r9d,r9d
  12: xor r10d,r10d
  15: xor r8d,r8d
  18: cmp rsp,[r15+0x18]
  1c: jb near 0x4A
  22: add r9d,1
  26: xor r10d,edi
  29: and r10d,0xF0
  30: or r10d,r9d
  33: add r8,3
  37: mov eax,r9d
  3a: sub r8,rax
  3d: cmp r9d,edi
  40: jl short 0x18
  42: mov rax,r8
  45: mov rsp,rbp
  48: pop rbp
  49: ret
  4a: call 0xFFFFFFFFFFFFFE62
  4f: jmp 0x18

