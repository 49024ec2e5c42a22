;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: mov eax,[r14+rdi]
  17: mov ecx,edi
  1a: add ecx,1
  1e: mov rdx,rax
  21: mov rbx,rdx
  24: mov eax,ebx
  27: test ecx,ecx
  2a: je near 0x3E
  30: mov edx,0
  36: div ecx
  39: mov rsp,rbp
  3c: pop rbp
  3d: ret
  3e: mov eax,7
  43: call 0xFFFFFFFFFFFFFFEF

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
  30: mov eax,9
  35: call 0xFFFFFFFFFFFFFFA7

