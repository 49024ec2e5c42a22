;; func 0 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: mov r8d,[rsp+0x18]
   d: push rbp
   e: mov rbp,rsp
  11: lea r11,[rsp-0x30]
  19: cmp r11,[r15+0x18]
  1d: jb near 0x38
  23: mov rsp,r11
  26: test r8d,r8d
  29: mov eax,edi
  2c: mov ecx,esi
  2f: cmove rax,rcx
  33: mov rsp,rbp
  36: pop rbp
  37: ret
  38: mov eax,9
  3d: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: lea r11,[rsp-0x40]
  14: cmp r11,[r15+0x18]
  18: jb near 0x33
  1e: mov rsp,r11
  21: cmp edi,esi
  24: mov eax,edi
  27: mov ecx,esi
  2a: cmovae rax,rcx
  2e: mov rsp,rbp
  31: pop rbp
  32: ret
  33: mov eax,9
  38: call 0xFFFFFFFFFFFFFFAD

;; func 2 
   0: movsd xmm1,[rsp+8]
   6: movsd xmm2,[rsp+0x10]
   c: mov edi,[rsp+0x18]
  10: push rbp
  11: mov rbp,rsp
  14: lea r11,[rsp-0x30]
  1c: cmp r11,[r15+0x18]
  20: jb near 0x3F
  26: mov rsp,r11
  29: test edi,edi
  2c: movaps xmm0,xmm1
  30: jne near 0x3A
  36: movaps xmm0,xmm2
  3a: mov rsp,rbp
  3d: pop rbp
  3e: ret
  3f: mov eax,9
  44: call 0xFFFFFFFFFFFFFF70

;; func 3 
   0: movss xmm1,[rsp+8]
   6: movss xmm2,[rsp+0x10]
   c: mov edi,[rsp+0x18]
  10: push rbp
  11: mov rbp,rsp
  14: lea r11,[rsp-0x30]
  1c: cmp r11,[r15+0x18]
  20: jb near 0x3F
  26: mov rsp,r11
  29: test edi,edi
  2c: movaps xmm0,xmm1
  30: jne near 0x3A
  36: movaps xmm0,xmm2
  3a: mov rsp,rbp
  3d: pop rbp
  3e: ret
  3f: mov eax,9
  44: call 0xFFFFFFFFFFFFFF27

;; func 4 
   0: mov rdi,[rsp+8]
   5: mov rsi,[rsp+0x10]
   a: push rbp
   b: mov rbp,rsp
   e: lea r11,[rsp-0x30]
  16: cmp r11,[r15+0x18]
  1a: jb near 0x2B
  20: mov rsp,r11
  23: mov rax,rsi
  26: mov rsp,rbp
  29: pop rbp
  2a: ret
  2b: mov eax,9
  30: call 0xFFFFFFFFFFFFFEDE

