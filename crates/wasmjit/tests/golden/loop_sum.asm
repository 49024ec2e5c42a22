;; func 0 sum
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: sub rsp,0x30
  13: xor r10d,r10d
  16: cmp rsp,[r15+0x18]
  1a: jb near 0x42
  20: test esi,esi
  23: je near 0x3A
  29: mov eax,[r14+rdi]
  2d: add r10d,eax
  30: add edi,4
  34: sub esi,1
  38: jmp short 0x16
  3a: mov eax,r10d
  3d: mov rsp,rbp
  40: pop rbp
  41: ret
  42: call 0xFFFFFFFFFFFFFE62
  47: jmp 0x16

