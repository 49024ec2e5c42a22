;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x96
  1e: mov rsp,r11
  21: mov dword [rbp-0x10],0x64
  2d: mov r11d,[rbp+0x10]
  31: cmp r11d,4
  38: jae near 0x5F
  3e: lea rax,[rel 0x4F]
  45: movsxd r11,[rax+r11*4]
  49: add r11,rax
  4c: jmp r11
  4f: sbb [rax],al
  51: add [rax],al
  53: and [rax],al
  55: add [rax],al
  57: sub [rax],al
  59: add [rax],al
  5b: and [rax],al
  5d: add [rax],al
  5f: mov eax,[rbp-0x10]
  62: jmp 0x7F
  67: mov eax,[rbp-0x10]
  6a: jmp 0x7F
  6f: mov eax,[rbp-0x10]
  72: jmp 0x88
  77: mov eax,[rbp-0x10]
  7a: jmp 0x91
  7f: add eax,1
  83: jmp 0x91
  88: add eax,2
  8c: jmp 0x91
  91: mov rsp,rbp
  94: pop rbp
  95: ret
  96: mov eax,9
  9b: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x36
  1e: mov rsp,r11
  21: jmp 0x26
  26: mov eax,2
  2c: jmp 0x31
  31: mov rsp,rbp
  34: pop rbp
  35: ret
  36: mov eax,9
  3b: call 0xFFFFFFFFFFFFFF4F

