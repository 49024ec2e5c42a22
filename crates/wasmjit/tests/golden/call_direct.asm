;; func 0 add
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: lea r11,[rsp-0x30]
  14: cmp r11,[r15+0x18]
  18: jb near 0x36
  1e: mov rsp,r11
  21: cmp rsp,[r15+0x18]
  25: jb near 0x36
  2b: mov eax,edi
  2e: add eax,esi
  31: mov rsp,rbp
  34: pop rbp
  35: ret
  36: mov eax,9
  3b: call 0xFFFFFFFFFFFFFFEF

;; func 1 mixed
   0: movsd xmm2,[rsp+0x20]
   6: movsd xmm4,[rsp+0x40]
   c: push rbp
   d: mov rbp,rsp
  10: lea r11,[rsp-0x30]
  18: cmp r11,[r15+0x18]
  1c: jb near 0x3D
  22: mov rsp,r11
  25: cmp rsp,[r15+0x18]
  29: jb near 0x3D
  2f: movaps xmm0,xmm2
  33: addsd xmm0,xmm4
  38: mov rsp,rbp
  3b: pop rbp
  3c: ret
  3d: mov eax,9
  42: call 0xFFFFFFFFFFFFFFAF

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
  35: call 0xFFFFFFFFFFFFFF81
  3a: add eax,[rbp-0x10]
  41: mov rsp,rbp
  44: pop rbp
  45: ret
  46: mov eax,9
  4b: call 0xFFFFFFFFFFFFFF68

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
  6d: call 0xFFFFFFFFFFFFFF75
  72: mov rsp,rbp
  75: pop rbp
  76: ret
  77: mov eax,9
  7c: call 0xFFFFFFFFFFFFFF18

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
  23: mov eax,9
  28: call 0xFFFFFFFFFFFFFE97

;; func 5 void
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x10]
   c: cmp r11,[r15+0x18]
  10: jb near 0x28
  16: mov rsp,r11
  19: cmp rsp,[r15+0x18]
  1d: jb near 0x28
  23: mov rsp,rbp
  26: pop rbp
  27: ret
  28: mov eax,9
  2d: call 0xFFFFFFFFFFFFFE6A

