;; func 0 add
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: sub rsp,0x30
  13: cmp rsp,[r15+0x18]
  17: jb near 0x27
  1d: lea eax,[rdi+rsi]
  22: mov rsp,rbp
  25: pop rbp
  26: ret
  27: call 0xFFFFFFFFFFFFFE62
  2c: jmp 0x13

;; func 1 mixed
   0: movsd xmm2,[rsp+0x20]
   6: movsd xmm4,[rsp+0x40]
   c: push rbp
   d: mov rbp,rsp
  10: sub rsp,0x30
  17: cmp rsp,[r15+0x18]
  1b: jb near 0x2F
  21: movaps xmm0,xmm2
  25: addsd xmm0,xmm4
  2a: mov rsp,rbp
  2d: pop rbp
  2e: ret
  2f: call 0xFFFFFFFFFFFFFE31
  34: jmp 0x17

;; func 2 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x40]
  10: cmp r11,[r15+0x18]
  14: jb near 0x42
  1a: mov rsp,r11
  1d: mov [rbp+0x10],rdi
  21: mov eax,[rbp+0x10]
  24: add eax,1
  28: mov [rbp-0x10],rax
  2c: mov edi,[rbp+0x10]
  2f: mov esi,2
  35: call 0xFFFFFFFFFFFFFF9E
  3a: add eax,[rbp-0x10]
  3d: mov rsp,rbp
  40: pop rbp
  41: ret
  42: call 0xFFFFFFFFFFFFFDF8
  47: jmp 8

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x90]
   c: cmp r11,[r15+0x18]
  10: jb near 0x5F
  16: mov rsp,r11
  19: mov edi,1
  1f: mov esi,2
  25: movsd xmm1,[rel 0x6A]
  2e: movsd xmm2,[rel 0x7A]
  37: mov r8d,5
  3d: mov r9d,6
  43: movsd xmm3,[rel 0x8A]
  4c: movsd xmm4,[rel 0x9A]
  55: call 0xFFFFFFFFFFFFFF87
  5a: mov rsp,rbp
  5d: pop rbp
  5e: ret
  5f: call 0xFFFFFFFFFFFFFDAC
  64: jmp 4
  69: int3
  6a: add [rax],al
  6c: add [rax],al
  70: add [rax],al
  72: add [rax],al
  74: add [rax],al
  76: add [rax],al
  78: add [rax],al
  7a: add [rax],al
  7c: add [rax],al
  7e: add [rax],al
  80: adc [rax],al
  83: add [rax],al
  85: add [rax],al
  87: add [rax],al
  89: add [rax],al
  8b: add al,ah
  8d: add [rax],al
  90: add [rax],al
  92: add [rax],al
  94: add [rax],al
  96: add [rax],al
  98: add [rax],al
  9a: add [rax],al
  9c: add [rax],al
  9e: add [rax],al
  a0: and [rax],al
  a3: add [rax],al
  a5: add [rax],al
  a7: add [rax],al
  a9: (bad)

;; func 4 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x10]
   c: cmp r11,[r15+0x18]
  10: jb near 0x23
  16: mov rsp,r11
  19: call 0x2D
  1e: mov rsp,rbp
  21: pop rbp
  22: ret
  23: call 0xFFFFFFFFFFFFFD02
  28: jmp 4

;; func 5 void
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x10
   b: cmp rsp,[r15+0x18]
   f: jb near 0x1A
  15: mov rsp,rbp
  18: pop rbp
  19: ret
  1a: call 0xFFFFFFFFFFFFFCD5
  1f: jmp 0xB

