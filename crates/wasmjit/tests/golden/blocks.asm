;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x39
  1a: mov rsp,r11
  1d: test edi,edi
  20: mov eax,edi
  23: jne near 0x34
  29: add eax,1
  2d: imul eax,2
  34: mov rsp,rbp
  37: pop rbp
  38: ret
  39: mov eax,9
  3e: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: movsd xmm1,[rsp+8]
   6: mov edi,[rsp+0x10]
   a: push rbp
   b: mov rbp,rsp
   e: lea r11,[rsp-0x30]
  16: cmp r11,[r15+0x18]
  1a: jb near 0x49
  20: mov rsp,r11
  23: test edi,edi
  26: movaps xmm0,xmm1
  2a: jne near 0x44
  30: mov r11,0x4000000000000000
  3a: movq xmm15,r11
  3f: mulsd xmm0,xmm15
  44: mov rsp,rbp
  47: pop rbp
  48: ret
  49: mov eax,9
  4e: call 0xFFFFFFFFFFFFFFAC

