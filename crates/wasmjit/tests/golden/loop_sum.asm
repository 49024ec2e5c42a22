;; func 0 sum
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: lea r11,[rsp-0x30]
  14: cmp r11,[r15+0x18]
  18: jb near 0x57
  1e: mov rsp,r11
  21: xor ebx,ebx
  24: cmp rsp,[r15+0x18]
  28: jb near 0x57
  2e: test esi,esi
  31: je near 0x4F
  37: mov eax,[r14+rdi]
  3f: add ebx,eax
  42: add edi,4
  46: sub esi,1
  4a: jmp 0x24
  4f: mov eax,ebx
  52: mov rsp,rbp
  55: pop rbp
  56: ret
  57: mov eax,9
  5c: call 0xFFFFFFFFFFFFFFEF

