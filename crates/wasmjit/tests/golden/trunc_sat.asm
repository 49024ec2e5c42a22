;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x81
  16: mov rsp,r11
  19: movss xmm0,[rbp+0x10]
  1e: mov r11,0xCF000000
  28: movq xmm15,r11
  2d: ucomiss xmm0,xmm15
  31: jp near 0x60
  37: jb near 0x6B
  3d: mov r11,0x4F000000
  47: movq xmm15,r11
  4c: ucomiss xmm0,xmm15
  50: jae near 0x76
  56: cvttss2si eax,xmm0
  5b: jmp 0x7C
  60: mov eax,0
  66: jmp 0x7C
  6b: mov eax,0x80000000
  71: jmp 0x7C
  76: mov eax,0x7FFFFFFF
  7c: mov rsp,rbp
  7f: pop rbp
  80: ret
  81: mov eax,9
  86: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x81
  16: mov rsp,r11
  19: movss xmm0,[rbp+0x10]
  1e: mov r11,0xBF800000
  28: movq xmm15,r11
  2d: ucomiss xmm0,xmm15
  31: jp near 0x60
  37: jbe near 0x6B
  3d: mov r11,0x4F800000
  47: movq xmm15,r11
  4c: ucomiss xmm0,xmm15
  50: jae near 0x76
  56: cvttss2si rax,xmm0
  5b: jmp 0x7C
  60: mov eax,0
  66: jmp 0x7C
  6b: mov eax,0
  71: jmp 0x7C
  76: mov eax,0xFFFFFFFF
  7c: mov rsp,rbp
  7f: pop rbp
  80: ret
  81: mov eax,9
  86: call 0xFFFFFFFFFFFFFF64

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x83
  16: mov rsp,r11
  19: movsd xmm0,[rbp+0x10]
  1e: mov r11,0xC1E0000000200000
  28: movq xmm15,r11
  2d: ucomisd xmm0,xmm15
  32: jp near 0x62
  38: jbe near 0x6D
  3e: mov r11,0x41E0000000000000
  48: movq xmm15,r11
  4d: ucomisd xmm0,xmm15
  52: jae near 0x78
  58: cvttsd2si eax,xmm0
  5d: jmp 0x7E
  62: mov eax,0
  68: jmp 0x7E
  6d: mov eax,0x80000000
  73: jmp 0x7E
  78: mov eax,0x7FFFFFFF
  7e: mov rsp,rbp
  81: pop rbp
  82: ret
  83: mov eax,9
  88: call 0xFFFFFFFFFFFFFED9

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x83
  16: mov rsp,r11
  19: movsd xmm0,[rbp+0x10]
  1e: mov r11,0xBFF0000000000000
  28: movq xmm15,r11
  2d: ucomisd xmm0,xmm15
  32: jp near 0x62
  38: jbe near 0x6D
  3e: mov r11,0x41F0000000000000
  48: movq xmm15,r11
  4d: ucomisd xmm0,xmm15
  52: jae near 0x78
  58: cvttsd2si rax,xmm0
  5d: jmp 0x7E
  62: mov eax,0
  68: jmp 0x7E
  6d: mov eax,0
  73: jmp 0x7E
  78: mov eax,0xFFFFFFFF
  7e: mov rsp,rbp
  81: pop rbp
  82: ret
  83: mov eax,9
  88: call 0xFFFFFFFFFFFFFE4C

;; func 4 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x89
  16: mov rsp,r11
  19: movss xmm0,[rbp+0x10]
  1e: mov r11,0xDF000000
  28: movq xmm15,r11
  2d: ucomiss xmm0,xmm15
  31: jp near 0x60
  37: jb near 0x6B
  3d: mov r11,0x5F000000
  47: movq xmm15,r11
  4c: ucomiss xmm0,xmm15
  50: jae near 0x7A
  56: cvttss2si rax,xmm0
  5b: jmp 0x84
  60: mov eax,0
  66: jmp 0x84
  6b: mov rax,0x8000000000000000
  75: jmp 0x84
  7a: mov rax,0x7FFFFFFFFFFFFFFF
  84: mov rsp,rbp
  87: pop rbp
  88: ret
  89: mov eax,9
  8e: call 0xFFFFFFFFFFFFFDBF

;; func 5 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0xBE
  16: mov rsp,r11
  19: movss xmm0,[rbp+0x10]
  1e: mov r11,0xBF800000
  28: movq xmm15,r11
  2d: ucomiss xmm0,xmm15
  31: jp near 0x95
  37: jbe near 0xA0
  3d: mov r11,0x5F800000
  47: movq xmm15,r11
  4c: ucomiss xmm0,xmm15
  50: jae near 0xAF
  56: mov r11,0x5F000000
  60: movq xmm15,r11
  65: ucomiss xmm0,xmm15
  69: jae near 0x79
  6f: cvttss2si rax,xmm0
  74: jmp 0xB9
  79: subss xmm0,xmm15
  7e: cvttss2si rax,xmm0
  83: mov r11,0x8000000000000000
  8d: xor rax,r11
  90: jmp 0xB9
  95: mov eax,0
  9b: jmp 0xB9
  a0: mov rax,0
  aa: jmp 0xB9
  af: mov rax,0xFFFFFFFFFFFFFFFF
  b9: mov rsp,rbp
  bc: pop rbp
  bd: ret
  be: mov eax,9
  c3: call 0xFFFFFFFFFFFFFD2C

;; func 6 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x8B
  16: mov rsp,r11
  19: movsd xmm0,[rbp+0x10]
  1e: mov r11,0xC3E0000000000000
  28: movq xmm15,r11
  2d: ucomisd xmm0,xmm15
  32: jp near 0x62
  38: jb near 0x6D
  3e: mov r11,0x43E0000000000000
  48: movq xmm15,r11
  4d: ucomisd xmm0,xmm15
  52: jae near 0x7C
  58: cvttsd2si rax,xmm0
  5d: jmp 0x86
  62: mov eax,0
  68: jmp 0x86
  6d: mov rax,0x8000000000000000
  77: jmp 0x86
  7c: mov rax,0x7FFFFFFFFFFFFFFF
  86: mov rsp,rbp
  89: pop rbp
  8a: ret
  8b: mov eax,9
  90: call 0xFFFFFFFFFFFFFC64

;; func 7 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0xC1
  16: mov rsp,r11
  19: movsd xmm0,[rbp+0x10]
  1e: mov r11,0xBFF0000000000000
  28: movq xmm15,r11
  2d: ucomisd xmm0,xmm15
  32: jp near 0x98
  38: jbe near 0xA3
  3e: mov r11,0x43F0000000000000
  48: movq xmm15,r11
  4d: ucomisd xmm0,xmm15
  52: jae near 0xB2
  58: mov r11,0x43E0000000000000
  62: movq xmm15,r11
  67: ucomisd xmm0,xmm15
  6c: jae near 0x7C
  72: cvttsd2si rax,xmm0
  77: jmp 0xBC
  7c: subsd xmm0,xmm15
  81: cvttsd2si rax,xmm0
  86: mov r11,0x8000000000000000
  90: xor rax,r11
  93: jmp 0xBC
  98: mov eax,0
  9e: jmp 0xBC
  a3: mov rax,0
  ad: jmp 0xBC
  b2: mov rax,0xFFFFFFFFFFFFFFFF
  bc: mov rsp,rbp
  bf: pop rbp
  c0: ret
  c1: mov eax,9
  c6: call 0xFFFFFFFFFFFFFBCF

;; func 8 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x24
  16: mov rsp,r11
  19: mov eax,0x7FFFFFFF
  1f: mov rsp,rbp
  22: pop rbp
  23: ret
  24: mov eax,9
  29: call 0xFFFFFFFFFFFFFB04

