;; func 0 switch
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x20]
  10: cmp r11,[r15+0x18]
  14: jb near 0x7B
  1a: mov rsp,r11
  1d: mov r11d,edi
  20: cmp r11d,3
  27: jae near 0x4A
  2d: lea rax,[rel 0x3E]
  34: movsxd r11,[rax+r11*4]
  38: add r11,rax
  3b: jmp r11
  3e: adc [rax],eax
  40: add [rax],al
  42: sbb al,0
  44: add [rax],al
  46: (bad)
  48: add [rax],al
  4a: jmp 0x70
  4f: mov eax,0xA
  55: jmp 0x76
  5a: mov eax,0x14
  60: jmp 0x76
  65: mov eax,0x1E
  6b: jmp 0x76
  70: mov eax,0x28
  76: mov rsp,rbp
  79: pop rbp
  7a: ret
  7b: mov eax,9
  80: call 0xFFFFFFFFFFFFFFEF

