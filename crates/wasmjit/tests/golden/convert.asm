;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x32
  1e: mov rsp,r11
  21: mov eax,[rbp+0x10]
  24: xorps xmm0,xmm0
  28: cvtsi2ss xmm0,eax
  2d: mov rsp,rbp
  30: pop rbp
  31: ret
  32: mov eax,9
  37: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x32
  1e: mov rsp,r11
  21: mov eax,[rbp+0x10]
  24: xorps xmm0,xmm0
  28: cvtsi2ss xmm0,rax
  2d: mov rsp,rbp
  30: pop rbp
  31: ret
  32: mov eax,9
  37: call 0xFFFFFFFFFFFFFFB3

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x33
  1e: mov rsp,r11
  21: mov rax,[rbp+0x10]
  25: xorps xmm0,xmm0
  29: cvtsi2ss xmm0,rax
  2e: mov rsp,rbp
  31: pop rbp
  32: ret
  33: mov eax,9
  38: call 0xFFFFFFFFFFFFFF77

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x59
  1e: mov rsp,r11
  21: mov rax,[rbp+0x10]
  25: xorps xmm0,xmm0
  29: test rax,rax
  2c: js near 0x3C
  32: cvtsi2ss xmm0,rax
  37: jmp 0x54
  3c: mov r11,rax
  3f: shr r11,1
  43: and rax,1
  47: or r11,rax
  4a: cvtsi2ss xmm0,r11
  4f: addss xmm0,xmm0
  54: mov rsp,rbp
  57: pop rbp
  58: ret
  59: mov eax,9
  5e: call 0xFFFFFFFFFFFFFF3A

;; func 4 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x32
  1e: mov rsp,r11
  21: mov eax,[rbp+0x10]
  24: xorps xmm0,xmm0
  28: cvtsi2sd xmm0,eax
  2d: mov rsp,rbp
  30: pop rbp
  31: ret
  32: mov eax,9
  37: call 0xFFFFFFFFFFFFFED7

;; func 5 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x32
  1e: mov rsp,r11
  21: mov eax,[rbp+0x10]
  24: xorps xmm0,xmm0
  28: cvtsi2sd xmm0,rax
  2d: mov rsp,rbp
  30: pop rbp
  31: ret
  32: mov eax,9
  37: call 0xFFFFFFFFFFFFFE9B

;; func 6 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x33
  1e: mov rsp,r11
  21: mov rax,[rbp+0x10]
  25: xorps xmm0,xmm0
  29: cvtsi2sd xmm0,rax
  2e: mov rsp,rbp
  31: pop rbp
  32: ret
  33: mov eax,9
  38: call 0xFFFFFFFFFFFFFE5F

;; func 7 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x59
  1e: mov rsp,r11
  21: mov rax,[rbp+0x10]
  25: xorps xmm0,xmm0
  29: test rax,rax
  2c: js near 0x3C
  32: cvtsi2sd xmm0,rax
  37: jmp 0x54
  3c: mov r11,rax
  3f: shr r11,1
  43: and rax,1
  47: or r11,rax
  4a: cvtsi2sd xmm0,r11
  4f: addsd xmm0,xmm0
  54: mov rsp,rbp
  57: pop rbp
  58: ret
  59: mov eax,9
  5e: call 0xFFFFFFFFFFFFFE22

;; func 8 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x35
  1e: mov rsp,r11
  21: mov r11,0x43F0000000000000
  2b: movq xmm0,r11
  30: mov rsp,rbp
  33: pop rbp
  34: ret
  35: mov eax,9
  3a: call 0xFFFFFFFFFFFFFDBF

