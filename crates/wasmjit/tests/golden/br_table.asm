;; func 0 switch
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x20
   f: mov r11d,edi
  12: cmp r11d,3
  19: jae near 0x3C
  1f: lea rax,[rel 0x30]
  26: movsxd r11,[rax+r11*4]
  2a: add r11,rax
  2d: jmp r11
  30: adc [rax],eax
  32: add [rax],al
  34: sbb al,0
  36: add [rax],al
  38: (bad)
  3a: add [rax],al
  3c: jmp 0x62
  41: mov eax,0xA
  47: jmp 0x68
  4c: mov eax,0x14
  52: jmp 0x68
  57: mov eax,0x1E
  5d: jmp 0x68
  62: mov eax,0x28
  68: mov rsp,rbp
  6b: pop rbp
  6c: ret

