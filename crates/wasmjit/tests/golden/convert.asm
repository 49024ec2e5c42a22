;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x20
   f: mov eax,edi
  12: xorps xmm0,xmm0
  16: cvtsi2ss xmm0,eax
  1b: mov rsp,rbp
  1e: pop rbp
  1f: ret

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x20
   f: mov eax,edi
  12: xorps xmm0,xmm0
  16: cvtsi2ss xmm0,rax
  1b: mov rsp,rbp
  1e: pop rbp
  1f: ret

;; func 2 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: sub rsp,0x20
  10: mov rax,rdi
  13: xorps xmm0,xmm0
  17: cvtsi2ss xmm0,rax
  1c: mov rsp,rbp
  1f: pop rbp
  20: ret

;; func 3 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: sub rsp,0x20
  10: mov rax,rdi
  13: xorps xmm0,xmm0
  17: test rax,rax
  1a: js near 0x2A
  20: cvtsi2ss xmm0,rax
  25: jmp 0x42
  2a: mov r11,rax
  2d: shr r11,1
  31: and rax,1
  35: or r11,rax
  38: cvtsi2ss xmm0,r11
  3d: addss xmm0,xmm0
  42: mov rsp,rbp
  45: pop rbp
  46: ret

;; func 4 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x20
   f: mov eax,edi
  12: xorps xmm0,xmm0
  16: cvtsi2sd xmm0,eax
  1b: mov rsp,rbp
  1e: pop rbp
  1f: ret

;; func 5 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x20
   f: mov eax,edi
  12: xorps xmm0,xmm0
  16: cvtsi2sd xmm0,rax
  1b: mov rsp,rbp
  1e: pop rbp
  1f: ret

;; func 6 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: sub rsp,0x20
  10: mov rax,rdi
  13: xorps xmm0,xmm0
  17: cvtsi2sd xmm0,rax
  1c: mov rsp,rbp
  1f: pop rbp
  20: ret

;; func 7 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: sub rsp,0x20
  10: mov rax,rdi
  13: xorps xmm0,xmm0
  17: test rax,rax
  1a: js near 0x2A
  20: cvtsi2sd xmm0,rax
  25: jmp 0x42
  2a: mov r11,rax
  2d: shr r11,1
  31: and rax,1
  35: or r11,rax
  38: cvtsi2sd xmm0,r11
  3d: addsd xmm0,xmm0
  42: mov rsp,rbp
  45: pop rbp
  46: ret

;; func 8 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x20
   b: movsd xmm0,[rel 0x20]
  14: mov rsp,rbp
  17: pop rbp
  18: ret
  19: int3
  1a: int3
  1b: int3
  1c: int3
  1d: int3
  1e: int3
  1f: int3
  20: add [rax],al
  22: add [rax],al
  24: add [rax],al
  26: lock add [r8],al
  2a: add [rax],al
  2c: add [rax],al
  2e: add [rax],al

