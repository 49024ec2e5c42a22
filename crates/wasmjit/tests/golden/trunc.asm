;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x60
  16: mov rsp,r11
  19: movss xmm0,[rbp+0x10]
  1e: mov r11,0xCF000000
  28: movq xmm15,r11
  2d: ucomiss xmm0,xmm15
  31: jp near 0x6A
  37: jb near 0x74
  3d: mov r11,0x4F000000
  47: movq xmm15,r11
  4c: ucomiss xmm0,xmm15
  50: jae near 0x74
  56: cvttss2si eax,xmm0
  5b: mov rsp,rbp
  5e: pop rbp
  5f: ret
  60: mov eax,9
  65: call 0xFFFFFFFFFFFFFFEF
  6a: mov eax,8
  6f: call 0xFFFFFFFFFFFFFFEF
  74: mov eax,6
  79: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x60
  16: mov rsp,r11
  19: movss xmm0,[rbp+0x10]
  1e: mov r11,0xBF800000
  28: movq xmm15,r11
  2d: ucomiss xmm0,xmm15
  31: jp near 0x6A
  37: jbe near 0x74
  3d: mov r11,0x4F800000
  47: movq xmm15,r11
  4c: ucomiss xmm0,xmm15
  50: jae near 0x74
  56: cvttss2si rax,xmm0
  5b: mov rsp,rbp
  5e: pop rbp
  5f: ret
  60: mov eax,9
  65: call 0xFFFFFFFFFFFFFF71
  6a: mov eax,8
  6f: call 0xFFFFFFFFFFFFFF71
  74: mov eax,6
  79: call 0xFFFFFFFFFFFFFF71

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x62
  16: mov rsp,r11
  19: movsd xmm0,[rbp+0x10]
  1e: mov r11,0xC1E0000000200000
  28: movq xmm15,r11
  2d: ucomisd xmm0,xmm15
  32: jp near 0x6C
  38: jbe near 0x76
  3e: mov r11,0x41E0000000000000
  48: movq xmm15,r11
  4d: ucomisd xmm0,xmm15
  52: jae near 0x76
  58: cvttsd2si eax,xmm0
  5d: mov rsp,rbp
  60: pop rbp
  61: ret
  62: mov eax,9
  67: call 0xFFFFFFFFFFFFFEF3
  6c: mov eax,8
  71: call 0xFFFFFFFFFFFFFEF3
  76: mov eax,6
  7b: call 0xFFFFFFFFFFFFFEF3

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x62
  16: mov rsp,r11
  19: movsd xmm0,[rbp+0x10]
  1e: mov r11,0xBFF0000000000000
  28: movq xmm15,r11
  2d: ucomisd xmm0,xmm15
  32: jp near 0x6C
  38: jbe near 0x76
  3e: mov r11,0x41F0000000000000
  48: movq xmm15,r11
  4d: ucomisd xmm0,xmm15
  52: jae near 0x76
  58: cvttsd2si rax,xmm0
  5d: mov rsp,rbp
  60: pop rbp
  61: ret
  62: mov eax,9
  67: call 0xFFFFFFFFFFFFFE73
  6c: mov eax,8
  71: call 0xFFFFFFFFFFFFFE73
  76: mov eax,6
  7b: call 0xFFFFFFFFFFFFFE73

;; func 4 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x60
  16: mov rsp,r11
  19: movss xmm0,[rbp+0x10]
  1e: mov r11,0xDF000000
  28: movq xmm15,r11
  2d: ucomiss xmm0,xmm15
  31: jp near 0x6A
  37: jb near 0x74
  3d: mov r11,0x5F000000
  47: movq xmm15,r11
  4c: ucomiss xmm0,xmm15
  50: jae near 0x74
  56: cvttss2si rax,xmm0
  5b: mov rsp,rbp
  5e: pop rbp
  5f: ret
  60: mov eax,9
  65: call 0xFFFFFFFFFFFFFDF3
  6a: mov eax,8
  6f: call 0xFFFFFFFFFFFFFDF3
  74: mov eax,6
  79: call 0xFFFFFFFFFFFFFDF3

;; func 5 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x95
  16: mov rsp,r11
  19: movss xmm0,[rbp+0x10]
  1e: mov r11,0xBF800000
  28: movq xmm15,r11
  2d: ucomiss xmm0,xmm15
  31: jp near 0x9F
  37: jbe near 0xA9
  3d: mov r11,0x5F800000
  47: movq xmm15,r11
  4c: ucomiss xmm0,xmm15
  50: jae near 0xA9
  56: mov r11,0x5F000000
  60: movq xmm15,r11
  65: ucomiss xmm0,xmm15
  69: jae near 0x79
  6f: cvttss2si rax,xmm0
  74: jmp 0x90
  79: subss xmm0,xmm15
  7e: cvttss2si rax,xmm0
  83: mov r11,0x8000000000000000
  8d: xor rax,r11
  90: mov rsp,rbp
  93: pop rbp
  94: ret
  95: mov eax,9
  9a: call 0xFFFFFFFFFFFFFD75
  9f: mov eax,8
  a4: call 0xFFFFFFFFFFFFFD75
  a9: mov eax,6
  ae: call 0xFFFFFFFFFFFFFD75

;; func 6 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x62
  16: mov rsp,r11
  19: movsd xmm0,[rbp+0x10]
  1e: mov r11,0xC3E0000000000000
  28: movq xmm15,r11
  2d: ucomisd xmm0,xmm15
  32: jp near 0x6C
  38: jb near 0x76
  3e: mov r11,0x43E0000000000000
  48: movq xmm15,r11
  4d: ucomisd xmm0,xmm15
  52: jae near 0x76
  58: cvttsd2si rax,xmm0
  5d: mov rsp,rbp
  60: pop rbp
  61: ret
  62: mov eax,9
  67: call 0xFFFFFFFFFFFFFCC2
  6c: mov eax,8
  71: call 0xFFFFFFFFFFFFFCC2
  76: mov eax,6
  7b: call 0xFFFFFFFFFFFFFCC2

;; func 7 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x98
  16: mov rsp,r11
  19: movsd xmm0,[rbp+0x10]
  1e: mov r11,0xBFF0000000000000
  28: movq xmm15,r11
  2d: ucomisd xmm0,xmm15
  32: jp near 0xA2
  38: jbe near 0xAC
  3e: mov r11,0x43F0000000000000
  48: movq xmm15,r11
  4d: ucomisd xmm0,xmm15
  52: jae near 0xAC
  58: mov r11,0x43E0000000000000
  62: movq xmm15,r11
  67: ucomisd xmm0,xmm15
  6c: jae near 0x7C
  72: cvttsd2si rax,xmm0
  77: jmp 0x93
  7c: subsd xmm0,xmm15
  81: cvttsd2si rax,xmm0
  86: mov r11,0x8000000000000000
  90: xor rax,r11
  93: mov rsp,rbp
  96: pop rbp
  97: ret
  98: mov eax,9
  9d: call 0xFFFFFFFFFFFFFC42
  a2: mov eax,8
  a7: call 0xFFFFFFFFFFFFFC42
  ac: mov eax,6
  b1: call 0xFFFFFFFFFFFFFC42

