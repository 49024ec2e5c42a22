;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x8E
  16: mov rsp,r11
  19: mov dword [rbp-0x10],0x64
  25: mov r11d,[rbp+0x10]
  29: cmp r11d,4
  30: jae near 0x57
  36: lea rax,[rel 0x47]
  3d: movsxd r11,[rax+r11*4]
  41: add r11,rax
  44: jmp r11
  47: sbb [rax],al
  49: add [rax],al
  4b: and [rax],al
  4d: add [rax],al
  4f: sub [rax],al
  51: add [rax],al
  53: and [rax],al
  55: add [rax],al
  57: mov eax,[rbp-0x10]
  5a: jmp 0x77
  5f: mov eax,[rbp-0x10]
  62: jmp 0x77
  67: mov eax,[rbp-0x10]
  6a: jmp 0x80
  6f: mov eax,[rbp-0x10]
  72: jmp 0x89
  77: add eax,1
  7b: jmp 0x89
  80: add eax,2
  84: jmp 0x89
  89: mov rsp,rbp
  8c: pop rbp
  8d: ret
  8e: mov eax,9
  93: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x2E
  16: mov rsp,r11
  19: jmp 0x1E
  1e: mov eax,2
  24: jmp 0x29
  29: mov rsp,rbp
  2c: pop rbp
  2d: ret
  2e: mov eax,9
  33: call 0xFFFFFFFFFFFFFF57

