;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x40
   f: xor r10d,r10d
  12: xor r9d,r9d
  15: cmp rsp,[r15+0x18]
  19: jb near 0x3D
  1f: cmp r10d,edi
  22: jae near 0x35
  28: mov eax,[r14+r10]
  2c: add r9d,eax
  2f: add r10d,4
  33: jmp short 0x15
  35: mov eax,r9d
  38: mov rsp,rbp
  3b: pop rbp
  3c: ret
  3d: call 0xFFFFFFFFFFFFFE62
  42: jmp 0x15

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x40
   f: xor r10d,r10d
  12: xor r9d,r9d
  15: cmp rsp,[r15+0x18]
  19: jb near 0x3D
  1f: cmp r10d,edi
  22: jae near 0x35
  28: mov eax,[r14+r10]
  2c: add r9,rax
  2f: add r10d,4
  33: jmp short 0x15
  35: mov rax,r9
  38: mov rsp,rbp
  3b: pop rbp
  3c: ret
  3d: call 0xFFFFFFFFFFFFFE1B
  42: jmp 0x15

