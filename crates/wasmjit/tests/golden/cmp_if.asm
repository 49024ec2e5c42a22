;; func 0 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: lea r11,[rsp-0x30]
  14: cmp r11,[r15+0x18]
  18: jb near 0x3A
  1e: mov rsp,r11
  21: cmp edi,esi
  24: jb near 0x32
  2a: mov eax,edi
  2d: jmp 0x35
  32: mov eax,esi
  35: mov rsp,rbp
  38: pop rbp
  39: ret
  3a: mov eax,9
  3f: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: movss xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: lea r11,[rsp-0x30]
  12: cmp r11,[r15+0x18]
  16: jb near 0x61
  1c: mov rsp,r11
  1f: mov r11,0
  29: movq xmm0,r11
  2e: movaps xmm15,xmm1
  32: ucomiss xmm15,xmm0
  36: jb near 0x45
  3c: movaps xmm0,xmm1
  40: jmp 0x5C
  45: movaps xmm0,xmm1
  49: mov r11,0x80000000
  53: movq xmm15,r11
  58: xorps xmm0,xmm15
  5c: mov rsp,rbp
  5f: pop rbp
  60: ret
  61: mov eax,9
  66: call 0xFFFFFFFFFFFFFFAB

;; func 2 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: lea r11,[rsp-0x30]
  11: cmp r11,[r15+0x18]
  15: jb near 0x43
  1b: mov rsp,r11
  1e: xor eax,eax
  20: mov [rbp-0x10],rax
  27: cmp rdi,0x64
  2e: je near 0x3B
  34: mov dword [rbp-0x10],1
  3b: mov eax,[rbp-0x10]
  3e: mov rsp,rbp
  41: pop rbp
  42: ret
  43: mov eax,9
  48: call 0xFFFFFFFFFFFFFF40

