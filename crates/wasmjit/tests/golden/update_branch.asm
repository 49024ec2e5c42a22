;; func 0 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: sub rsp,0x30
  13: cmp rsp,[r15+0x18]
  17: jb near 0x43
  1d: add esi,edi
  20: sub edi,1
  24: jne short 0x13
  26: and esi,6
  2a: je near 0x3B
  30: mov eax,1
  36: jmp 0x3E
  3b: mov eax,esi
  3e: mov rsp,rbp
  41: pop rbp
  42: ret
  43: call 0xFFFFFFFFFFFFFE62
  48: jmp 0x13

;; func 1 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: sub rsp,0x30
  10: xor r10d,r10d
  13: cmp rsp,[r15+0x18]
  17: jb near 0x31
  1d: add r10,rdi
  20: sub rdi,1
  24: test rdi,rdi
  27: jne short 0x13
  29: mov rax,r10
  2c: mov rsp,rbp
  2f: pop rbp
  30: ret
  31: call 0xFFFFFFFFFFFFFE15
  36: jmp 0x13

