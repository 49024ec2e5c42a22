;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x40
   f: xor r10d,r10d
  12: xor r9d,r9d
  15: cmp rsp,[r15+0x18]
  19: jb near 0x36
  1f: mov eax,r10d
  22: add r9,rax
  25: add r10d,1
  29: cmp r10d,edi
  2c: jb short 0x15
  2e: mov rax,r9
  31: mov rsp,rbp
  34: pop rbp
  35: ret
  36: call 0xFFFFFFFFFFFFFE62
  3b: jmp 0x15

