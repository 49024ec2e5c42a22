;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: mov dword [rbp-0x10],0x64
  16: mov r11d,edi
  19: cmp r11d,4
  20: jae near 0x47
  26: lea rax,[rel 0x37]
  2d: movsxd r11,[rax+r11*4]
  31: add r11,rax
  34: jmp r11
  37: sbb [rax],al
  39: add [rax],al
  3b: and [rax],al
  3d: add [rax],al
  3f: sub [rax],al
  41: add [rax],al
  43: and [rax],al
  45: add [rax],al
  47: mov eax,[rbp-0x10]
  4a: jmp 0x67
  4f: mov eax,[rbp-0x10]
  52: jmp 0x67
  57: mov eax,[rbp-0x10]
  5a: jmp 0x70
  5f: mov eax,[rbp-0x10]
  62: jmp 0x79
  67: add eax,1
  6b: jmp 0x79
  70: add eax,2
  74: jmp 0x79
  79: mov rsp,rbp
  7c: pop rbp
  7d: ret

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x20
   b: jmp 0x10
  10: mov eax,2
  16: jmp 0x1B
  1b: mov rsp,rbp
  1e: pop rbp
  1f: ret

