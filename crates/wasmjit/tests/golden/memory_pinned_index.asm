;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: xor r10d,r10d
  12: cmp rsp,[r15+0x18]
  16: jb near 0x36
  1c: mov eax,[r14+r10+0x1000]
  24: mov [r14+r10],eax
  28: add r10d,4
  2c: cmp r10d,edi
  2f: jb short 0x12
  31: mov rsp,rbp
  34: pop rbp
  35: ret
  36: call 0xFFFFFFFFFFFFFE62
  3b: jmp 0x12

