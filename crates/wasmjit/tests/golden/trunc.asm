;; func 0 
   0: movss xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: lea r11,[rsp-0x20]
  12: cmp r11,[r15+0x18]
  16: jb near 0x65
  1c: mov rsp,r11
  1f: movaps xmm0,xmm1
  23: mov r11,0xCF000000
  2d: movq xmm15,r11
  32: ucomiss xmm0,xmm15
  36: jp near 0x6F
  3c: jb near 0x79
  42: mov r11,0x4F000000
  4c: movq xmm15,r11
  51: ucomiss xmm0,xmm15
  55: jae near 0x79
  5b: cvttss2si eax,xmm0
  60: mov rsp,rbp
  63: pop rbp
  64: ret
  65: mov eax,9
  6a: call 0xFFFFFFFFFFFFFFEF
  6f: mov eax,8
  74: call 0xFFFFFFFFFFFFFFEF
  79: mov eax,6
  7e: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: movss xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: lea r11,[rsp-0x20]
  12: cmp r11,[r15+0x18]
  16: jb near 0x65
  1c: mov rsp,r11
  1f: movaps xmm0,xmm1
  23: mov r11,0xBF800000
  2d: movq xmm15,r11
  32: ucomiss xmm0,xmm15
  36: jp near 0x6F
  3c: jbe near 0x79
  42: mov r11,0x4F800000
  4c: movq xmm15,r11
  51: ucomiss xmm0,xmm15
  55: jae near 0x79
  5b: cvttss2si rax,xmm0
  60: mov rsp,rbp
  63: pop rbp
  64: ret
  65: mov eax,9
  6a: call 0xFFFFFFFFFFFFFF6C
  6f: mov eax,8
  74: call 0xFFFFFFFFFFFFFF6C
  79: mov eax,6
  7e: call 0xFFFFFFFFFFFFFF6C

;; func 2 
   0: movsd xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: lea r11,[rsp-0x20]
  12: cmp r11,[r15+0x18]
  16: jb near 0x67
  1c: mov rsp,r11
  1f: movaps xmm0,xmm1
  23: mov r11,0xC1E0000000200000
  2d: movq xmm15,r11
  32: ucomisd xmm0,xmm15
  37: jp near 0x71
  3d: jbe near 0x7B
  43: mov r11,0x41E0000000000000
  4d: movq xmm15,r11
  52: ucomisd xmm0,xmm15
  57: jae near 0x7B
  5d: cvttsd2si eax,xmm0
  62: mov rsp,rbp
  65: pop rbp
  66: ret
  67: mov eax,9
  6c: call 0xFFFFFFFFFFFFFEE9
  71: mov eax,8
  76: call 0xFFFFFFFFFFFFFEE9
  7b: mov eax,6
  80: call 0xFFFFFFFFFFFFFEE9

;; func 3 
   0: movsd xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: lea r11,[rsp-0x20]
  12: cmp r11,[r15+0x18]
  16: jb near 0x67
  1c: mov rsp,r11
  1f: movaps xmm0,xmm1
  23: mov r11,0xBFF0000000000000
  2d: movq xmm15,r11
  32: ucomisd xmm0,xmm15
  37: jp near 0x71
  3d: jbe near 0x7B
  43: mov r11,0x41F0000000000000
  4d: movq xmm15,r11
  52: ucomisd xmm0,xmm15
  57: jae near 0x7B
  5d: cvttsd2si rax,xmm0
  62: mov rsp,rbp
  65: pop rbp
  66: ret
  67: mov eax,9
  6c: call 0xFFFFFFFFFFFFFE64
  71: mov eax,8
  76: call 0xFFFFFFFFFFFFFE64
  7b: mov eax,6
  80: call 0xFFFFFFFFFFFFFE64

;; func 4 
   0: movss xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: lea r11,[rsp-0x20]
  12: cmp r11,[r15+0x18]
  16: jb near 0x65
  1c: mov rsp,r11
  1f: movaps xmm0,xmm1
  23: mov r11,0xDF000000
  2d: movq xmm15,r11
  32: ucomiss xmm0,xmm15
  36: jp near 0x6F
  3c: jb near 0x79
  42: mov r11,0x5F000000
  4c: movq xmm15,r11
  51: ucomiss xmm0,xmm15
  55: jae near 0x79
  5b: cvttss2si rax,xmm0
  60: mov rsp,rbp
  63: pop rbp
  64: ret
  65: mov eax,9
  6a: call 0xFFFFFFFFFFFFFDDF
  6f: mov eax,8
  74: call 0xFFFFFFFFFFFFFDDF
  79: mov eax,6
  7e: call 0xFFFFFFFFFFFFFDDF

;; func 5 
   0: movss xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: lea r11,[rsp-0x20]
  12: cmp r11,[r15+0x18]
  16: jb near 0x9A
  1c: mov rsp,r11
  1f: movaps xmm0,xmm1
  23: mov r11,0xBF800000
  2d: movq xmm15,r11
  32: ucomiss xmm0,xmm15
  36: jp near 0xA4
  3c: jbe near 0xAE
  42: mov r11,0x5F800000
  4c: movq xmm15,r11
  51: ucomiss xmm0,xmm15
  55: jae near 0xAE
  5b: mov r11,0x5F000000
  65: movq xmm15,r11
  6a: ucomiss xmm0,xmm15
  6e: jae near 0x7E
  74: cvttss2si rax,xmm0
  79: jmp 0x95
  7e: subss xmm0,xmm15
  83: cvttss2si rax,xmm0
  88: mov r11,0x8000000000000000
  92: xor rax,r11
  95: mov rsp,rbp
  98: pop rbp
  99: ret
  9a: mov eax,9
  9f: call 0xFFFFFFFFFFFFFD5C
  a4: mov eax,8
  a9: call 0xFFFFFFFFFFFFFD5C
  ae: mov eax,6
  b3: call 0xFFFFFFFFFFFFFD5C

;; func 6 
   0: movsd xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: lea r11,[rsp-0x20]
  12: cmp r11,[r15+0x18]
  16: jb near 0x67
  1c: mov rsp,r11
  1f: movaps xmm0,xmm1
  23: mov r11,0xC3E0000000000000
  2d: movq xmm15,r11
  32: ucomisd xmm0,xmm15
  37: jp near 0x71
  3d: jb near 0x7B
  43: mov r11,0x43E0000000000000
  4d: movq xmm15,r11
  52: ucomisd xmm0,xmm15
  57: jae near 0x7B
  5d: cvttsd2si rax,xmm0
  62: mov rsp,rbp
  65: pop rbp
  66: ret
  67: mov eax,9
  6c: call 0xFFFFFFFFFFFFFCA4
  71: mov eax,8
  76: call 0xFFFFFFFFFFFFFCA4
  7b: mov eax,6
  80: call 0xFFFFFFFFFFFFFCA4

;; func 7 
   0: movsd xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: lea r11,[rsp-0x20]
  12: cmp r11,[r15+0x18]
  16: jb near 0x9D
  1c: mov rsp,r11
  1f: movaps xmm0,xmm1
  23: mov r11,0xBFF0000000000000
  2d: movq xmm15,r11
  32: ucomisd xmm0,xmm15
  37: jp near 0xA7
  3d: jbe near 0xB1
  43: mov r11,0x43F0000000000000
  4d: movq xmm15,r11
  52: ucomisd xmm0,xmm15
  57: jae near 0xB1
  5d: mov r11,0x43E0000000000000
  67: movq xmm15,r11
  6c: ucomisd xmm0,xmm15
  71: jae near 0x81
  77: cvttsd2si rax,xmm0
  7c: jmp 0x98
  81: subsd xmm0,xmm15
  86: cvttsd2si rax,xmm0
  8b: mov r11,0x8000000000000000
  95: xor rax,r11
  98: mov rsp,rbp
  9b: pop rbp
  9c: ret
  9d: mov eax,9
  a2: call 0xFFFFFFFFFFFFFC1F
  a7: mov eax,8
  ac: call 0xFFFFFFFFFFFFFC1F
  b1: mov eax,6
  b6: call 0xFFFFFFFFFFFFFC1F

