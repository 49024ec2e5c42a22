;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: mov eax,[r14+rdi]
  13: lea ecx,[rdi+1]
  16: mov rdx,rax
  19: mov rsi,rdx
  1c: mov eax,esi
  1f: test ecx,ecx
  22: je near 0x36
  28: mov edx,0
  2e: div ecx
  31: mov rsp,rbp
  34: pop rbp
  35: ret
  36: mov eax,7
  3b: call 0xFFFFFFFFFFFFFE51

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: jmp 0x16
   9: xchg ax,ax
   b: mov eax,0x2602
  11: mov rsp,rbp
  14: pop rbp
  15: ret
  16: lea r11,[rsp-0x480]
  1e: cmp r11,[r15+0x18]
  22: jb near 0x30
  28: mov rsp,r11
  2b: jmp 0xB
  30: call 0xFFFFFFFFFFFFFE22
  35: jmp 0x16

