;; func 0 switch
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x80
  1e: mov rsp,r11
  21: mov r11d,[rbp+0x10]
  25: cmp r11d,3
  2c: jae near 0x4F
  32: lea rax,[rel 0x43]
  39: movsxd r11,[rax+r11*4]
  3d: add r11,rax
  40: jmp r11
  43: adc [rax],eax
  45: add [rax],al
  47: sbb al,0
  49: add [rax],al
  4b: (bad)
  4d: add [rax],al
  4f: jmp 0x75
  54: mov eax,0xA
  5a: jmp 0x7B
  5f: mov eax,0x14
  65: jmp 0x7B
  6a: mov eax,0x1E
  70: jmp 0x7B
  75: mov eax,0x28
  7b: mov rsp,rbp
  7e: pop rbp
  7f: ret
  80: mov eax,9
  85: call 0xFFFFFFFFFFFFFFEF

