;; func 0 
   0: movss xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: sub rsp,0x20
  11: movaps xmm0,xmm1
  15: mov r11,0xCF000000
  1f: movq xmm15,r11
  24: ucomiss xmm0,xmm15
  28: jp near 0x57
  2e: jb near 0x62
  34: mov r11,0x4F000000
  3e: movq xmm15,r11
  43: ucomiss xmm0,xmm15
  47: jae near 0x6D
  4d: cvttss2si eax,xmm0
  52: jmp 0x73
  57: mov eax,0
  5d: jmp 0x73
  62: mov eax,0x80000000
  68: jmp 0x73
  6d: mov eax,0x7FFFFFFF
  73: mov rsp,rbp
  76: pop rbp
  77: ret

;; func 1 
   0: movss xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: sub rsp,0x20
  11: movaps xmm0,xmm1
  15: mov r11,0xBF800000
  1f: movq xmm15,r11
  24: ucomiss xmm0,xmm15
  28: jp near 0x57
  2e: jbe near 0x62
  34: mov r11,0x4F800000
  3e: movq xmm15,r11
  43: ucomiss xmm0,xmm15
  47: jae near 0x6D
  4d: cvttss2si rax,xmm0
  52: jmp 0x73
  57: mov eax,0
  5d: jmp 0x73
  62: mov eax,0
  68: jmp 0x73
  6d: mov eax,0xFFFFFFFF
  73: mov rsp,rbp
  76: pop rbp
  77: ret

;; func 2 
   0: movsd xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: sub rsp,0x20
  11: movaps xmm0,xmm1
  15: mov r11,0xC1E0000000200000
  1f: movq xmm15,r11
  24: ucomisd xmm0,xmm15
  29: jp near 0x59
  2f: jbe near 0x64
  35: mov r11,0x41E0000000000000
  3f: movq xmm15,r11
  44: ucomisd xmm0,xmm15
  49: jae near 0x6F
  4f: cvttsd2si eax,xmm0
  54: jmp 0x75
  59: mov eax,0
  5f: jmp 0x75
  64: mov eax,0x80000000
  6a: jmp 0x75
  6f: mov eax,0x7FFFFFFF
  75: mov rsp,rbp
  78: pop rbp
  79: ret

;; func 3 
   0: movsd xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: sub rsp,0x20
  11: movaps xmm0,xmm1
  15: mov r11,0xBFF0000000000000
  1f: movq xmm15,r11
  24: ucomisd xmm0,xmm15
  29: jp near 0x59
  2f: jbe near 0x64
  35: mov r11,0x41F0000000000000
  3f: movq xmm15,r11
  44: ucomisd xmm0,xmm15
  49: jae near 0x6F
  4f: cvttsd2si rax,xmm0
  54: jmp 0x75
  59: mov eax,0
  5f: jmp 0x75
  64: mov eax,0
  6a: jmp 0x75
  6f: mov eax,0xFFFFFFFF
  75: mov rsp,rbp
  78: pop rbp
  79: ret

;; func 4 
   0: movss xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: sub rsp,0x20
  11: movaps xmm0,xmm1
  15: mov r11,0xDF000000
  1f: movq xmm15,r11
  24: ucomiss xmm0,xmm15
  28: jp near 0x57
  2e: jb near 0x62
  34: mov r11,0x5F000000
  3e: movq xmm15,r11
  43: ucomiss xmm0,xmm15
  47: jae near 0x71
  4d: cvttss2si rax,xmm0
  52: jmp 0x7B
  57: mov eax,0
  5d: jmp 0x7B
  62: mov rax,0x8000000000000000
  6c: jmp 0x7B
  71: mov rax,0x7FFFFFFFFFFFFFFF
  7b: mov rsp,rbp
  7e: pop rbp
  7f: ret

;; func 5 
   0: movss xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: sub rsp,0x20
  11: movaps xmm0,xmm1
  15: mov r11,0xBF800000
  1f: movq xmm15,r11
  24: ucomiss xmm0,xmm15
  28: jp near 0x8C
  2e: jbe near 0x97
  34: mov r11,0x5F800000
  3e: movq xmm15,r11
  43: ucomiss xmm0,xmm15
  47: jae near 0xA6
  4d: mov r11,0x5F000000
  57: movq xmm15,r11
  5c: ucomiss xmm0,xmm15
  60: jae near 0x70
  66: cvttss2si rax,xmm0
  6b: jmp 0xB0
  70: subss xmm0,xmm15
  75: cvttss2si rax,xmm0
  7a: mov r11,0x8000000000000000
  84: xor rax,r11
  87: jmp 0xB0
  8c: mov eax,0
  92: jmp 0xB0
  97: mov rax,0
  a1: jmp 0xB0
  a6: mov rax,0xFFFFFFFFFFFFFFFF
  b0: mov rsp,rbp
  b3: pop rbp
  b4: ret

;; func 6 
   0: movsd xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: sub rsp,0x20
  11: movaps xmm0,xmm1
  15: mov r11,0xC3E0000000000000
  1f: movq xmm15,r11
  24: ucomisd xmm0,xmm15
  29: jp near 0x59
  2f: jb near 0x64
  35: mov r11,0x43E0000000000000
  3f: movq xmm15,r11
  44: ucomisd xmm0,xmm15
  49: jae near 0x73
  4f: cvttsd2si rax,xmm0
  54: jmp 0x7D
  59: mov eax,0
  5f: jmp 0x7D
  64: mov rax,0x8000000000000000
  6e: jmp 0x7D
  73: mov rax,0x7FFFFFFFFFFFFFFF
  7d: mov rsp,rbp
  80: pop rbp
  81: ret

;; func 7 
   0: movsd xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: sub rsp,0x20
  11: movaps xmm0,xmm1
  15: mov r11,0xBFF0000000000000
  1f: movq xmm15,r11
  24: ucomisd xmm0,xmm15
  29: jp near 0x8F
  2f: jbe near 0x9A
  35: mov r11,0x43F0000000000000
  3f: movq xmm15,r11
  44: ucomisd xmm0,xmm15
  49: jae near 0xA9
  4f: mov r11,0x43E0000000000000
  59: movq xmm15,r11
  5e: ucomisd xmm0,xmm15
  63: jae near 0x73
  69: cvttsd2si rax,xmm0
  6e: jmp 0xB3
  73: subsd xmm0,xmm15
  78: cvttsd2si rax,xmm0
  7d: mov r11,0x8000000000000000
  87: xor rax,r11
  8a: jmp 0xB3
  8f: mov eax,0
  95: jmp 0xB3
  9a: mov rax,0
  a4: jmp 0xB3
  a9: mov rax,0xFFFFFFFFFFFFFFFF
  b3: mov rsp,rbp
  b6: pop rbp
  b7: ret

;; func 8 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x20
   b: mov eax,0x7FFFFFFF
  11: mov rsp,rbp
  14: pop rbp
  15: ret

