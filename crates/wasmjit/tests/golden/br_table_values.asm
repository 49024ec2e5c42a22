;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x8C
  1a: mov rsp,r11
  1d: mov dword [rbp-0x10],0x64
  24: mov r11d,edi
  27: cmp r11d,4
  2e: jae near 0x55
  34: lea rax,[rel 0x45]
  3b: movsxd r11,[rax+r11*4]
  3f: add r11,rax
  42: jmp r11
  45: sbb [rax],al
  47: add [rax],al
  49: and [rax],al
  4b: add [rax],al
  4d: sub [rax],al
  4f: add [rax],al
  51: and [rax],al
  53: add [rax],al
  55: mov eax,[rbp-0x10]
  58: jmp 0x75
  5d: mov eax,[rbp-0x10]
  60: jmp 0x75
  65: mov eax,[rbp-0x10]
  68: jmp 0x7E
  6d: mov eax,[rbp-0x10]
  70: jmp 0x87
  75: add eax,1
  79: jmp 0x87
  7e: add eax,2
  82: jmp 0x87
  87: mov rsp,rbp
  8a: pop rbp
  8b: ret
  8c: mov eax,9
  91: call 0xFFFFFFFFFFFFFFEF

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
  33: call 0xFFFFFFFFFFFFFF59

