;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x2A
  16: mov rsp,r11
  19: mov eax,[rbp+0x10]
  1c: xorps xmm0,xmm0
  20: cvtsi2ss xmm0,eax
  25: mov rsp,rbp
  28: pop rbp
  29: ret
  2a: mov eax,9
  2f: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x2A
  16: mov rsp,r11
  19: mov eax,[rbp+0x10]
  1c: xorps xmm0,xmm0
  20: cvtsi2ss xmm0,rax
  25: mov rsp,rbp
  28: pop rbp
  29: ret
  2a: mov eax,9
  2f: call 0xFFFFFFFFFFFFFFBB

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x2B
  16: mov rsp,r11
  19: mov rax,[rbp+0x10]
  1d: xorps xmm0,xmm0
  21: cvtsi2ss xmm0,rax
  26: mov rsp,rbp
  29: pop rbp
  2a: ret
  2b: mov eax,9
  30: call 0xFFFFFFFFFFFFFF87

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x51
  16: mov rsp,r11
  19: mov rax,[rbp+0x10]
  1d: xorps xmm0,xmm0
  21: test rax,rax
  24: js near 0x34
  2a: cvtsi2ss xmm0,rax
  2f: jmp 0x4C
  34: mov r11,rax
  37: shr r11,1
  3b: and rax,1
  3f: or r11,rax
  42: cvtsi2ss xmm0,r11
  47: addss xmm0,xmm0
  4c: mov rsp,rbp
  4f: pop rbp
  50: ret
  51: mov eax,9
  56: call 0xFFFFFFFFFFFFFF52

;; func 4 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x2A
  16: mov rsp,r11
  19: mov eax,[rbp+0x10]
  1c: xorps xmm0,xmm0
  20: cvtsi2sd xmm0,eax
  25: mov rsp,rbp
  28: pop rbp
  29: ret
  2a: mov eax,9
  2f: call 0xFFFFFFFFFFFFFEF7

;; func 5 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x2A
  16: mov rsp,r11
  19: mov eax,[rbp+0x10]
  1c: xorps xmm0,xmm0
  20: cvtsi2sd xmm0,rax
  25: mov rsp,rbp
  28: pop rbp
  29: ret
  2a: mov eax,9
  2f: call 0xFFFFFFFFFFFFFEC3

;; func 6 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x2B
  16: mov rsp,r11
  19: mov rax,[rbp+0x10]
  1d: xorps xmm0,xmm0
  21: cvtsi2sd xmm0,rax
  26: mov rsp,rbp
  29: pop rbp
  2a: ret
  2b: mov eax,9
  30: call 0xFFFFFFFFFFFFFE8F

;; func 7 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x51
  16: mov rsp,r11
  19: mov rax,[rbp+0x10]
  1d: xorps xmm0,xmm0
  21: test rax,rax
  24: js near 0x34
  2a: cvtsi2sd xmm0,rax
  2f: jmp 0x4C
  34: mov r11,rax
  37: shr r11,1
  3b: and rax,1
  3f: or r11,rax
  42: cvtsi2sd xmm0,r11
  47: addsd xmm0,xmm0
  4c: mov rsp,rbp
  4f: pop rbp
  50: ret
  51: mov eax,9
  56: call 0xFFFFFFFFFFFFFE5A

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
  32: call 0xFFFFFFFFFFFFFDFF

