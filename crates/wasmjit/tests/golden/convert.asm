;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x20]
  10: cmp r11,[r15+0x18]
  14: jb near 0x2E
  1a: mov rsp,r11
  1d: mov eax,edi
  20: xorps xmm0,xmm0
  24: cvtsi2ss xmm0,eax
  29: mov rsp,rbp
  2c: pop rbp
  2d: ret
  2e: mov eax,9
  33: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x20]
  10: cmp r11,[r15+0x18]
  14: jb near 0x2E
  1a: mov rsp,r11
  1d: mov eax,edi
  20: xorps xmm0,xmm0
  24: cvtsi2ss xmm0,rax
  29: mov rsp,rbp
  2c: pop rbp
  2d: ret
  2e: mov eax,9
  33: call 0xFFFFFFFFFFFFFFB7

;; func 2 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: lea r11,[rsp-0x20]
  11: cmp r11,[r15+0x18]
  15: jb near 0x2F
  1b: mov rsp,r11
  1e: mov rax,rdi
  21: xorps xmm0,xmm0
  25: cvtsi2ss xmm0,rax
  2a: mov rsp,rbp
  2d: pop rbp
  2e: ret
  2f: mov eax,9
  34: call 0xFFFFFFFFFFFFFF7F

;; func 3 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: lea r11,[rsp-0x20]
  11: cmp r11,[r15+0x18]
  15: jb near 0x55
  1b: mov rsp,r11
  1e: mov rax,rdi
  21: xorps xmm0,xmm0
  25: test rax,rax
  28: js near 0x38
  2e: cvtsi2ss xmm0,rax
  33: jmp 0x50
  38: mov r11,rax
  3b: shr r11,1
  3f: and rax,1
  43: or r11,rax
  46: cvtsi2ss xmm0,r11
  4b: addss xmm0,xmm0
  50: mov rsp,rbp
  53: pop rbp
  54: ret
  55: mov eax,9
  5a: call 0xFFFFFFFFFFFFFF46

;; func 4 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x20]
  10: cmp r11,[r15+0x18]
  14: jb near 0x2E
  1a: mov rsp,r11
  1d: mov eax,edi
  20: xorps xmm0,xmm0
  24: cvtsi2sd xmm0,eax
  29: mov rsp,rbp
  2c: pop rbp
  2d: ret
  2e: mov eax,9
  33: call 0xFFFFFFFFFFFFFEE7

;; func 5 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x20]
  10: cmp r11,[r15+0x18]
  14: jb near 0x2E
  1a: mov rsp,r11
  1d: mov eax,edi
  20: xorps xmm0,xmm0
  24: cvtsi2sd xmm0,rax
  29: mov rsp,rbp
  2c: pop rbp
  2d: ret
  2e: mov eax,9
  33: call 0xFFFFFFFFFFFFFEAF

;; func 6 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: lea r11,[rsp-0x20]
  11: cmp r11,[r15+0x18]
  15: jb near 0x2F
  1b: mov rsp,r11
  1e: mov rax,rdi
  21: xorps xmm0,xmm0
  25: cvtsi2sd xmm0,rax
  2a: mov rsp,rbp
  2d: pop rbp
  2e: ret
  2f: mov eax,9
  34: call 0xFFFFFFFFFFFFFE77

;; func 7 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: lea r11,[rsp-0x20]
  11: cmp r11,[r15+0x18]
  15: jb near 0x55
  1b: mov rsp,r11
  1e: mov rax,rdi
  21: xorps xmm0,xmm0
  25: test rax,rax
  28: js near 0x38
  2e: cvtsi2sd xmm0,rax
  33: jmp 0x50
  38: mov r11,rax
  3b: shr r11,1
  3f: and rax,1
  43: or r11,rax
  46: cvtsi2sd xmm0,r11
  4b: addsd xmm0,xmm0
  50: mov rsp,rbp
  53: pop rbp
  54: ret
  55: mov eax,9
  5a: call 0xFFFFFFFFFFFFFE3E

;; func 8 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x2D
  16: mov rsp,r11
  19: mov r11,0x43F0000000000000
  23: movq xmm0,r11
  28: mov rsp,rbp
  2b: pop rbp
  2c: ret
  2d: mov eax,9
  32: call 0xFFFFFFFFFFFFFDDF

