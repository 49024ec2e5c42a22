;; func 0 switch
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x78
  16: mov rsp,r11
  19: mov r11d,[rbp+0x10]
  1d: cmp r11d,3
  24: jae near 0x47
  2a: lea rax,[rel 0x3B]
  31: movsxd r11,[rax+r11*4]
  35: add r11,rax
  38: jmp r11
  3b: adc [rax],eax
  3d: add [rax],al
  3f: sbb al,0
  41: add [rax],al
  43: (bad)
  45: add [rax],al
  47: jmp 0x6D
  4c: mov eax,0xA
  52: jmp 0x73
  57: mov eax,0x14
  5d: jmp 0x73
  62: mov eax,0x1E
  68: jmp 0x73
  6d: mov eax,0x28
  73: mov rsp,rbp
  76: pop rbp
  77: ret
  78: mov eax,9
  7d: call 0xFFFFFFFFFFFFFFEF

