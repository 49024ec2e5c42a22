;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x40
   f: xor r10d,r10d
  12: cmp rsp,[r15+0x18]
  16: jb near 0x38
  1c: cmp r10d,edi
  1f: setl r9b
  23: movzx r9d,r9b
  27: add r10d,1
  2b: test r9d,r9d
  2e: jne short 0x12
  30: mov eax,r9d
  33: mov rsp,rbp
  36: pop rbp
  37: ret
  38: call 0xFFFFFFFFFFFFFE62
  3d: jmp 0x12

;; func 1 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: sub rsp,0x30
  10: cmp rdi,0
  17: setg al
  1b: movzx eax,al
  1f: mov [rbp-0x10],rax
  23: mov eax,[rbp-0x10]
  26: mov rsp,rbp
  29: pop rbp
  2a: ret

