;; func 0 sum
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: sub rsp,0x30
  13: xor ebx,ebx
  16: cmp rsp,[r15+0x18]
  1a: jb near 0x49
  20: test esi,esi
  23: je near 0x41
  29: mov eax,[r14+rdi]
  31: add ebx,eax
  34: add edi,4
  38: sub esi,1
  3c: jmp 0x16
  41: mov eax,ebx
  44: mov rsp,rbp
  47: pop rbp
  48: ret
  49: mov eax,9
  4e: call 0xFFFFFFFFFFFFFFEF

