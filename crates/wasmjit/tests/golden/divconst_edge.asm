;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: mov ecx,0
  15: mov eax,edi
  18: jmp 0x2B
  1d: mov edx,0
  23: div ecx
  26: mov rsp,rbp
  29: pop rbp
  2a: ret
  2b: mov eax,7
  30: call 0xFFFFFFFFFFFFFE51

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: mov eax,edi
  12: and eax,0
  19: add eax,edi
  1c: mov rsp,rbp
  1f: pop rbp
  20: ret

;; func 2 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: sub rsp,0x30
  10: mov rcx,0xFFFFFFFFFFFFFFFF
  17: mov rax,rdi
  1a: cmp rcx,0xFFFFFFFFFFFFFFFF
  21: jne near 0x3A
  27: mov rdx,0x8000000000000000
  31: cmp rax,rdx
  34: je near 0x7E
  3a: cqo
  3c: idiv rcx
  3f: mov rcx,rax
  42: mov rsi,0xFFFFFFFFFFFFFFFF
  49: mov rax,rdi
  4c: cmp rsi,0xFFFFFFFFFFFFFFFF
  53: jne near 0x64
  59: mov edx,0
  5f: jmp 0x69
  64: cqo
  66: idiv rsi
  69: add rcx,rdx
  6c: mov rax,rcx
  6f: mov rsp,rbp
  72: pop rbp
  73: ret
  74: mov eax,7
  79: call 0xFFFFFFFFFFFFFDFB
  7e: mov eax,6
  83: call 0xFFFFFFFFFFFFFDFB

