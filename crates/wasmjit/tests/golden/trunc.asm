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
  2e: jb near 0x61
  34: mov r11,0x4F000000
  3e: movq xmm15,r11
  43: ucomiss xmm0,xmm15
  47: jae near 0x61
  4d: cvttss2si eax,xmm0
  52: mov rsp,rbp
  55: pop rbp
  56: ret
  57: mov eax,8
  5c: call 0xFFFFFFFFFFFFFE51
  61: mov eax,6
  66: call 0xFFFFFFFFFFFFFE51

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
  2e: jbe near 0x61
  34: mov r11,0x4F800000
  3e: movq xmm15,r11
  43: ucomiss xmm0,xmm15
  47: jae near 0x61
  4d: cvttss2si rax,xmm0
  52: mov rsp,rbp
  55: pop rbp
  56: ret
  57: mov eax,8
  5c: call 0xFFFFFFFFFFFFFDE6
  61: mov eax,6
  66: call 0xFFFFFFFFFFFFFDE6

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
  2f: jbe near 0x63
  35: mov r11,0x41E0000000000000
  3f: movq xmm15,r11
  44: ucomisd xmm0,xmm15
  49: jae near 0x63
  4f: cvttsd2si eax,xmm0
  54: mov rsp,rbp
  57: pop rbp
  58: ret
  59: mov eax,8
  5e: call 0xFFFFFFFFFFFFFD7B
  63: mov eax,6
  68: call 0xFFFFFFFFFFFFFD7B

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
  2f: jbe near 0x63
  35: mov r11,0x41F0000000000000
  3f: movq xmm15,r11
  44: ucomisd xmm0,xmm15
  49: jae near 0x63
  4f: cvttsd2si rax,xmm0
  54: mov rsp,rbp
  57: pop rbp
  58: ret
  59: mov eax,8
  5e: call 0xFFFFFFFFFFFFFD0E
  63: mov eax,6
  68: call 0xFFFFFFFFFFFFFD0E

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
  2e: jb near 0x61
  34: mov r11,0x5F000000
  3e: movq xmm15,r11
  43: ucomiss xmm0,xmm15
  47: jae near 0x61
  4d: cvttss2si rax,xmm0
  52: mov rsp,rbp
  55: pop rbp
  56: ret
  57: mov eax,8
  5c: call 0xFFFFFFFFFFFFFCA1
  61: mov eax,6
  66: call 0xFFFFFFFFFFFFFCA1

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
  2e: jbe near 0x96
  34: mov r11,0x5F800000
  3e: movq xmm15,r11
  43: ucomiss xmm0,xmm15
  47: jae near 0x96
  4d: mov r11,0x5F000000
  57: movq xmm15,r11
  5c: ucomiss xmm0,xmm15
  60: jae near 0x70
  66: cvttss2si rax,xmm0
  6b: jmp 0x87
  70: subss xmm0,xmm15
  75: cvttss2si rax,xmm0
  7a: mov r11,0x8000000000000000
  84: xor rax,r11
  87: mov rsp,rbp
  8a: pop rbp
  8b: ret
  8c: mov eax,8
  91: call 0xFFFFFFFFFFFFFC36
  96: mov eax,6
  9b: call 0xFFFFFFFFFFFFFC36

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
  2f: jb near 0x63
  35: mov r11,0x43E0000000000000
  3f: movq xmm15,r11
  44: ucomisd xmm0,xmm15
  49: jae near 0x63
  4f: cvttsd2si rax,xmm0
  54: mov rsp,rbp
  57: pop rbp
  58: ret
  59: mov eax,8
  5e: call 0xFFFFFFFFFFFFFB96
  63: mov eax,6
  68: call 0xFFFFFFFFFFFFFB96

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
  2f: jbe near 0x99
  35: mov r11,0x43F0000000000000
  3f: movq xmm15,r11
  44: ucomisd xmm0,xmm15
  49: jae near 0x99
  4f: mov r11,0x43E0000000000000
  59: movq xmm15,r11
  5e: ucomisd xmm0,xmm15
  63: jae near 0x73
  69: cvttsd2si rax,xmm0
  6e: jmp 0x8A
  73: subsd xmm0,xmm15
  78: cvttsd2si rax,xmm0
  7d: mov r11,0x8000000000000000
  87: xor rax,r11
  8a: mov rsp,rbp
  8d: pop rbp
  8e: ret
  8f: mov eax,8
  94: call 0xFFFFFFFFFFFFFB29
  99: mov eax,6
  9e: call 0xFFFFFFFFFFFFFB29

