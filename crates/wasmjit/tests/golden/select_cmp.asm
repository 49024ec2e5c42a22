;; func 0 max
   0: mov rdi,[rsp+8]
   5: mov rsi,[rsp+0x10]
   a: push rbp
   b: mov rbp,rsp
   e: lea r11,[rsp-0x40]
  16: cmp r11,[r15+0x18]
  1a: jb near 0x35
  20: mov rsp,r11
  23: cmp rdi,rsi
  26: mov rax,rdi
  29: mov rcx,rsi
  2c: cmovle rax,rcx
  30: mov rsp,rbp
  33: pop rbp
  34: ret
  35: mov eax,9
  3a: call 0xFFFFFFFFFFFFFFEF

;; func 1 clamp
   0: movsd xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: lea r11,[rsp-0x30]
  12: cmp r11,[r15+0x18]
  16: jb near 0x56
  1c: mov rsp,r11
  1f: mov r11,0
  29: movq xmm15,r11
  2e: ucomisd xmm15,xmm1
  33: jbe near 0x4D
  39: mov r11,0
  43: movq xmm0,r11
  48: jmp 0x51
  4d: movaps xmm0,xmm1
  51: mov rsp,rbp
  54: pop rbp
  55: ret
  56: mov eax,9
  5b: call 0xFFFFFFFFFFFFFFB0

;; func 2 div
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: lea r11,[rsp-0x30]
  14: cmp r11,[r15+0x18]
  18: jb near 0x53
  1e: mov rsp,r11
  21: mov ecx,esi
  24: mov eax,edi
  27: test ecx,ecx
  2a: je near 0x5D
  30: cmp ecx,0xFFFFFFFF
  37: jne near 0x4A
  3d: cmp eax,0x80000000
  44: je near 0x67
  4a: cdq
  4b: idiv ecx
  4e: mov rsp,rbp
  51: pop rbp
  52: ret
  53: mov eax,9
  58: call 0xFFFFFFFFFFFFFF50
  5d: mov eax,7
  62: call 0xFFFFFFFFFFFFFF50
  67: mov eax,6
  6c: call 0xFFFFFFFFFFFFFF50

