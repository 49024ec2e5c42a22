;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x89
  1e: mov rsp,r11
  21: movss xmm0,[rbp+0x10]
  26: mov r11,0xCF000000
  30: movq xmm15,r11
  35: ucomiss xmm0,xmm15
  39: jp near 0x68
  3f: jb near 0x73
  45: mov r11,0x4F000000
  4f: movq xmm15,r11
  54: ucomiss xmm0,xmm15
  58: jae near 0x7E
  5e: cvttss2si eax,xmm0
  63: jmp 0x84
  68: mov eax,0
  6e: jmp 0x84
  73: mov eax,0x80000000
  79: jmp 0x84
  7e: mov eax,0x7FFFFFFF
  84: mov rsp,rbp
  87: pop rbp
  88: ret
  89: mov eax,9
  8e: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x89
  1e: mov rsp,r11
  21: movss xmm0,[rbp+0x10]
  26: mov r11,0xBF800000
  30: movq xmm15,r11
  35: ucomiss xmm0,xmm15
  39: jp near 0x68
  3f: jbe near 0x73
  45: mov r11,0x4F800000
  4f: movq xmm15,r11
  54: ucomiss xmm0,xmm15
  58: jae near 0x7E
  5e: cvttss2si rax,xmm0
  63: jmp 0x84
  68: mov eax,0
  6e: jmp 0x84
  73: mov eax,0
  79: jmp 0x84
  7e: mov eax,0xFFFFFFFF
  84: mov rsp,rbp
  87: pop rbp
  88: ret
  89: mov eax,9
  8e: call 0xFFFFFFFFFFFFFF5C

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x8B
  1e: mov rsp,r11
  21: movsd xmm0,[rbp+0x10]
  26: mov r11,0xC1E0000000200000
  30: movq xmm15,r11
  35: ucomisd xmm0,xmm15
  3a: jp near 0x6A
  40: jbe near 0x75
  46: mov r11,0x41E0000000000000
  50: movq xmm15,r11
  55: ucomisd xmm0,xmm15
  5a: jae near 0x80
  60: cvttsd2si eax,xmm0
  65: jmp 0x86
  6a: mov eax,0
  70: jmp 0x86
  75: mov eax,0x80000000
  7b: jmp 0x86
  80: mov eax,0x7FFFFFFF
  86: mov rsp,rbp
  89: pop rbp
  8a: ret
  8b: mov eax,9
  90: call 0xFFFFFFFFFFFFFEC9

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x8B
  1e: mov rsp,r11
  21: movsd xmm0,[rbp+0x10]
  26: mov r11,0xBFF0000000000000
  30: movq xmm15,r11
  35: ucomisd xmm0,xmm15
  3a: jp near 0x6A
  40: jbe near 0x75
  46: mov r11,0x41F0000000000000
  50: movq xmm15,r11
  55: ucomisd xmm0,xmm15
  5a: jae near 0x80
  60: cvttsd2si rax,xmm0
  65: jmp 0x86
  6a: mov eax,0
  70: jmp 0x86
  75: mov eax,0
  7b: jmp 0x86
  80: mov eax,0xFFFFFFFF
  86: mov rsp,rbp
  89: pop rbp
  8a: ret
  8b: mov eax,9
  90: call 0xFFFFFFFFFFFFFE34

;; func 4 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x91
  1e: mov rsp,r11
  21: movss xmm0,[rbp+0x10]
  26: mov r11,0xDF000000
  30: movq xmm15,r11
  35: ucomiss xmm0,xmm15
  39: jp near 0x68
  3f: jb near 0x73
  45: mov r11,0x5F000000
  4f: movq xmm15,r11
  54: ucomiss xmm0,xmm15
  58: jae near 0x82
  5e: cvttss2si rax,xmm0
  63: jmp 0x8C
  68: mov eax,0
  6e: jmp 0x8C
  73: mov rax,0x8000000000000000
  7d: jmp 0x8C
  82: mov rax,0x7FFFFFFFFFFFFFFF
  8c: mov rsp,rbp
  8f: pop rbp
  90: ret
  91: mov eax,9
  96: call 0xFFFFFFFFFFFFFD9F

;; func 5 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0xC6
  1e: mov rsp,r11
  21: movss xmm0,[rbp+0x10]
  26: mov r11,0xBF800000
  30: movq xmm15,r11
  35: ucomiss xmm0,xmm15
  39: jp near 0x9D
  3f: jbe near 0xA8
  45: mov r11,0x5F800000
  4f: movq xmm15,r11
  54: ucomiss xmm0,xmm15
  58: jae near 0xB7
  5e: mov r11,0x5F000000
  68: movq xmm15,r11
  6d: ucomiss xmm0,xmm15
  71: jae near 0x81
  77: cvttss2si rax,xmm0
  7c: jmp 0xC1
  81: subss xmm0,xmm15
  86: cvttss2si rax,xmm0
  8b: mov r11,0x8000000000000000
  95: xor rax,r11
  98: jmp 0xC1
  9d: mov eax,0
  a3: jmp 0xC1
  a8: mov rax,0
  b2: jmp 0xC1
  b7: mov rax,0xFFFFFFFFFFFFFFFF
  c1: mov rsp,rbp
  c4: pop rbp
  c5: ret
  c6: mov eax,9
  cb: call 0xFFFFFFFFFFFFFD04

;; func 6 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x93
  1e: mov rsp,r11
  21: movsd xmm0,[rbp+0x10]
  26: mov r11,0xC3E0000000000000
  30: movq xmm15,r11
  35: ucomisd xmm0,xmm15
  3a: jp near 0x6A
  40: jb near 0x75
  46: mov r11,0x43E0000000000000
  50: movq xmm15,r11
  55: ucomisd xmm0,xmm15
  5a: jae near 0x84
  60: cvttsd2si rax,xmm0
  65: jmp 0x8E
  6a: mov eax,0
  70: jmp 0x8E
  75: mov rax,0x8000000000000000
  7f: jmp 0x8E
  84: mov rax,0x7FFFFFFFFFFFFFFF
  8e: mov rsp,rbp
  91: pop rbp
  92: ret
  93: mov eax,9
  98: call 0xFFFFFFFFFFFFFC34

;; func 7 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0xC9
  1e: mov rsp,r11
  21: movsd xmm0,[rbp+0x10]
  26: mov r11,0xBFF0000000000000
  30: movq xmm15,r11
  35: ucomisd xmm0,xmm15
  3a: jp near 0xA0
  40: jbe near 0xAB
  46: mov r11,0x43F0000000000000
  50: movq xmm15,r11
  55: ucomisd xmm0,xmm15
  5a: jae near 0xBA
  60: mov r11,0x43E0000000000000
  6a: movq xmm15,r11
  6f: ucomisd xmm0,xmm15
  74: jae near 0x84
  7a: cvttsd2si rax,xmm0
  7f: jmp 0xC4
  84: subsd xmm0,xmm15
  89: cvttsd2si rax,xmm0
  8e: mov r11,0x8000000000000000
  98: xor rax,r11
  9b: jmp 0xC4
  a0: mov eax,0
  a6: jmp 0xC4
  ab: mov rax,0
  b5: jmp 0xC4
  ba: mov rax,0xFFFFFFFFFFFFFFFF
  c4: mov rsp,rbp
  c7: pop rbp
  c8: ret
  c9: mov eax,9
  ce: call 0xFFFFFFFFFFFFFB97

;; func 8 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x2C
  1e: mov rsp,r11
  21: mov eax,0x7FFFFFFF
  27: mov rsp,rbp
  2a: pop rbp
  2b: ret
  2c: mov eax,9
  31: call 0xFFFFFFFFFFFFFAC4

