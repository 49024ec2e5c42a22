;; func 0 
   0: movss xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: lea r11,[rsp-0x20]
  12: cmp r11,[r15+0x18]
  16: jb near 0x86
  1c: mov rsp,r11
  1f: movaps xmm0,xmm1
  23: mov r11,0xCF000000
  2d: movq xmm15,r11
  32: ucomiss xmm0,xmm15
  36: jp near 0x65
  3c: jb near 0x70
  42: mov r11,0x4F000000
  4c: movq xmm15,r11
  51: ucomiss xmm0,xmm15
  55: jae near 0x7B
  5b: cvttss2si eax,xmm0
  60: jmp 0x81
  65: mov eax,0
  6b: jmp 0x81
  70: mov eax,0x80000000
  76: jmp 0x81
  7b: mov eax,0x7FFFFFFF
  81: mov rsp,rbp
  84: pop rbp
  85: ret
  86: mov eax,9
  8b: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: movss xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: lea r11,[rsp-0x20]
  12: cmp r11,[r15+0x18]
  16: jb near 0x86
  1c: mov rsp,r11
  1f: movaps xmm0,xmm1
  23: mov r11,0xBF800000
  2d: movq xmm15,r11
  32: ucomiss xmm0,xmm15
  36: jp near 0x65
  3c: jbe near 0x70
  42: mov r11,0x4F800000
  4c: movq xmm15,r11
  51: ucomiss xmm0,xmm15
  55: jae near 0x7B
  5b: cvttss2si rax,xmm0
  60: jmp 0x81
  65: mov eax,0
  6b: jmp 0x81
  70: mov eax,0
  76: jmp 0x81
  7b: mov eax,0xFFFFFFFF
  81: mov rsp,rbp
  84: pop rbp
  85: ret
  86: mov eax,9
  8b: call 0xFFFFFFFFFFFFFF5F

;; func 2 
   0: movsd xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: lea r11,[rsp-0x20]
  12: cmp r11,[r15+0x18]
  16: jb near 0x88
  1c: mov rsp,r11
  1f: movaps xmm0,xmm1
  23: mov r11,0xC1E0000000200000
  2d: movq xmm15,r11
  32: ucomisd xmm0,xmm15
  37: jp near 0x67
  3d: jbe near 0x72
  43: mov r11,0x41E0000000000000
  4d: movq xmm15,r11
  52: ucomisd xmm0,xmm15
  57: jae near 0x7D
  5d: cvttsd2si eax,xmm0
  62: jmp 0x83
  67: mov eax,0
  6d: jmp 0x83
  72: mov eax,0x80000000
  78: jmp 0x83
  7d: mov eax,0x7FFFFFFF
  83: mov rsp,rbp
  86: pop rbp
  87: ret
  88: mov eax,9
  8d: call 0xFFFFFFFFFFFFFECF

;; func 3 
   0: movsd xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: lea r11,[rsp-0x20]
  12: cmp r11,[r15+0x18]
  16: jb near 0x88
  1c: mov rsp,r11
  1f: movaps xmm0,xmm1
  23: mov r11,0xBFF0000000000000
  2d: movq xmm15,r11
  32: ucomisd xmm0,xmm15
  37: jp near 0x67
  3d: jbe near 0x72
  43: mov r11,0x41F0000000000000
  4d: movq xmm15,r11
  52: ucomisd xmm0,xmm15
  57: jae near 0x7D
  5d: cvttsd2si rax,xmm0
  62: jmp 0x83
  67: mov eax,0
  6d: jmp 0x83
  72: mov eax,0
  78: jmp 0x83
  7d: mov eax,0xFFFFFFFF
  83: mov rsp,rbp
  86: pop rbp
  87: ret
  88: mov eax,9
  8d: call 0xFFFFFFFFFFFFFE3D

;; func 4 
   0: movss xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: lea r11,[rsp-0x20]
  12: cmp r11,[r15+0x18]
  16: jb near 0x8E
  1c: mov rsp,r11
  1f: movaps xmm0,xmm1
  23: mov r11,0xDF000000
  2d: movq xmm15,r11
  32: ucomiss xmm0,xmm15
  36: jp near 0x65
  3c: jb near 0x70
  42: mov r11,0x5F000000
  4c: movq xmm15,r11
  51: ucomiss xmm0,xmm15
  55: jae near 0x7F
  5b: cvttss2si rax,xmm0
  60: jmp 0x89
  65: mov eax,0
  6b: jmp 0x89
  70: mov rax,0x8000000000000000
  7a: jmp 0x89
  7f: mov rax,0x7FFFFFFFFFFFFFFF
  89: mov rsp,rbp
  8c: pop rbp
  8d: ret
  8e: mov eax,9
  93: call 0xFFFFFFFFFFFFFDAB

;; func 5 
   0: movss xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: lea r11,[rsp-0x20]
  12: cmp r11,[r15+0x18]
  16: jb near 0xC3
  1c: mov rsp,r11
  1f: movaps xmm0,xmm1
  23: mov r11,0xBF800000
  2d: movq xmm15,r11
  32: ucomiss xmm0,xmm15
  36: jp near 0x9A
  3c: jbe near 0xA5
  42: mov r11,0x5F800000
  4c: movq xmm15,r11
  51: ucomiss xmm0,xmm15
  55: jae near 0xB4
  5b: mov r11,0x5F000000
  65: movq xmm15,r11
  6a: ucomiss xmm0,xmm15
  6e: jae near 0x7E
  74: cvttss2si rax,xmm0
  79: jmp 0xBE
  7e: subss xmm0,xmm15
  83: cvttss2si rax,xmm0
  88: mov r11,0x8000000000000000
  92: xor rax,r11
  95: jmp 0xBE
  9a: mov eax,0
  a0: jmp 0xBE
  a5: mov rax,0
  af: jmp 0xBE
  b4: mov rax,0xFFFFFFFFFFFFFFFF
  be: mov rsp,rbp
  c1: pop rbp
  c2: ret
  c3: mov eax,9
  c8: call 0xFFFFFFFFFFFFFD13

;; func 6 
   0: movsd xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: lea r11,[rsp-0x20]
  12: cmp r11,[r15+0x18]
  16: jb near 0x90
  1c: mov rsp,r11
  1f: movaps xmm0,xmm1
  23: mov r11,0xC3E0000000000000
  2d: movq xmm15,r11
  32: ucomisd xmm0,xmm15
  37: jp near 0x67
  3d: jb near 0x72
  43: mov r11,0x43E0000000000000
  4d: movq xmm15,r11
  52: ucomisd xmm0,xmm15
  57: jae near 0x81
  5d: cvttsd2si rax,xmm0
  62: jmp 0x8B
  67: mov eax,0
  6d: jmp 0x8B
  72: mov rax,0x8000000000000000
  7c: jmp 0x8B
  81: mov rax,0x7FFFFFFFFFFFFFFF
  8b: mov rsp,rbp
  8e: pop rbp
  8f: ret
  90: mov eax,9
  95: call 0xFFFFFFFFFFFFFC46

;; func 7 
   0: movsd xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: lea r11,[rsp-0x20]
  12: cmp r11,[r15+0x18]
  16: jb near 0xC6
  1c: mov rsp,r11
  1f: movaps xmm0,xmm1
  23: mov r11,0xBFF0000000000000
  2d: movq xmm15,r11
  32: ucomisd xmm0,xmm15
  37: jp near 0x9D
  3d: jbe near 0xA8
  43: mov r11,0x43F0000000000000
  4d: movq xmm15,r11
  52: ucomisd xmm0,xmm15
  57: jae near 0xB7
  5d: mov r11,0x43E0000000000000
  67: movq xmm15,r11
  6c: ucomisd xmm0,xmm15
  71: jae near 0x81
  77: cvttsd2si rax,xmm0
  7c: jmp 0xC1
  81: subsd xmm0,xmm15
  86: cvttsd2si rax,xmm0
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
  cb: call 0xFFFFFFFFFFFFFBAC

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
  29: call 0xFFFFFFFFFFFFFADC

