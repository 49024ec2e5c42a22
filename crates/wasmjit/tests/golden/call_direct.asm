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
  14: jb near 0x46
  1a: mov rsp,r11
  1d: mov [rbp+0x10],rdi
  21: mov eax,[rbp+0x10]
  24: add eax,1
  28: mov [rbp-0x10],rax
  2c: mov edi,[rbp+0x10]
  2f: mov esi,2
  35: call 0xFFFFFFFFFFFFFF9E
  3a: add eax,[rbp-0x10]
  41: mov rsp,rbp
  44: pop rbp
  45: ret
  46: call 0xFFFFFFFFFFFFFDF8
  4b: jmp 8

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x90]
   c: cmp r11,[r15+0x18]
  10: jb near 0x77
  16: mov rsp,r11
  19: mov edi,1
  1f: mov esi,2
  25: mov r11,0x40400000
  2f: movq xmm1,r11
  34: mov r11,0x4010000000000000
  3e: movq xmm2,r11
  43: mov r8d,5
  49: mov r9d,6
  4f: mov r11,0x40E00000
  59: movq xmm3,r11
  5e: mov r11,0x4020000000000000
  68: movq xmm4,r11
  6d: call 0xFFFFFFFFFFFFFF83
  72: mov rsp,rbp
  75: pop rbp
  76: ret
  77: call 0xFFFFFFFFFFFFFDA8
  7c: jmp 4

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
  23: call 0xFFFFFFFFFFFFFD27
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
  1a: call 0xFFFFFFFFFFFFFCFA
  1f: jmp 0xB

