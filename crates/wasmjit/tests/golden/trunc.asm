;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x68
  1e: mov rsp,r11
  21: movss xmm0,[rbp+0x10]
  26: mov r11,0xCF000000
  30: movq xmm15,r11
  35: ucomiss xmm0,xmm15
  39: jp near 0x72
  3f: jb near 0x7C
  45: mov r11,0x4F000000
  4f: movq xmm15,r11
  54: ucomiss xmm0,xmm15
  58: jae near 0x7C
  5e: cvttss2si eax,xmm0
  63: mov rsp,rbp
  66: pop rbp
  67: ret
  68: mov eax,9
  6d: call 0xFFFFFFFFFFFFFFEF
  72: mov eax,8
  77: call 0xFFFFFFFFFFFFFFEF
  7c: mov eax,6
  81: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x68
  1e: mov rsp,r11
  21: movss xmm0,[rbp+0x10]
  26: mov r11,0xBF800000
  30: movq xmm15,r11
  35: ucomiss xmm0,xmm15
  39: jp near 0x72
  3f: jbe near 0x7C
  45: mov r11,0x4F800000
  4f: movq xmm15,r11
  54: ucomiss xmm0,xmm15
  58: jae near 0x7C
  5e: cvttss2si rax,xmm0
  63: mov rsp,rbp
  66: pop rbp
  67: ret
  68: mov eax,9
  6d: call 0xFFFFFFFFFFFFFF69
  72: mov eax,8
  77: call 0xFFFFFFFFFFFFFF69
  7c: mov eax,6
  81: call 0xFFFFFFFFFFFFFF69

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x6A
  1e: mov rsp,r11
  21: movsd xmm0,[rbp+0x10]
  26: mov r11,0xC1E0000000200000
  30: movq xmm15,r11
  35: ucomisd xmm0,xmm15
  3a: jp near 0x74
  40: jbe near 0x7E
  46: mov r11,0x41E0000000000000
  50: movq xmm15,r11
  55: ucomisd xmm0,xmm15
  5a: jae near 0x7E
  60: cvttsd2si eax,xmm0
  65: mov rsp,rbp
  68: pop rbp
  69: ret
  6a: mov eax,9
  6f: call 0xFFFFFFFFFFFFFEE3
  74: mov eax,8
  79: call 0xFFFFFFFFFFFFFEE3
  7e: mov eax,6
  83: call 0xFFFFFFFFFFFFFEE3

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x6A
  1e: mov rsp,r11
  21: movsd xmm0,[rbp+0x10]
  26: mov r11,0xBFF0000000000000
  30: movq xmm15,r11
  35: ucomisd xmm0,xmm15
  3a: jp near 0x74
  40: jbe near 0x7E
  46: mov r11,0x41F0000000000000
  50: movq xmm15,r11
  55: ucomisd xmm0,xmm15
  5a: jae near 0x7E
  60: cvttsd2si rax,xmm0
  65: mov rsp,rbp
  68: pop rbp
  69: ret
  6a: mov eax,9
  6f: call 0xFFFFFFFFFFFFFE5B
  74: mov eax,8
  79: call 0xFFFFFFFFFFFFFE5B
  7e: mov eax,6
  83: call 0xFFFFFFFFFFFFFE5B

;; func 4 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x68
  1e: mov rsp,r11
  21: movss xmm0,[rbp+0x10]
  26: mov r11,0xDF000000
  30: movq xmm15,r11
  35: ucomiss xmm0,xmm15
  39: jp near 0x72
  3f: jb near 0x7C
  45: mov r11,0x5F000000
  4f: movq xmm15,r11
  54: ucomiss xmm0,xmm15
  58: jae near 0x7C
  5e: cvttss2si rax,xmm0
  63: mov rsp,rbp
  66: pop rbp
  67: ret
  68: mov eax,9
  6d: call 0xFFFFFFFFFFFFFDD3
  72: mov eax,8
  77: call 0xFFFFFFFFFFFFFDD3
  7c: mov eax,6
  81: call 0xFFFFFFFFFFFFFDD3

;; func 5 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x9D
  1e: mov rsp,r11
  21: movss xmm0,[rbp+0x10]
  26: mov r11,0xBF800000
  30: movq xmm15,r11
  35: ucomiss xmm0,xmm15
  39: jp near 0xA7
  3f: jbe near 0xB1
  45: mov r11,0x5F800000
  4f: movq xmm15,r11
  54: ucomiss xmm0,xmm15
  58: jae near 0xB1
  5e: mov r11,0x5F000000
  68: movq xmm15,r11
  6d: ucomiss xmm0,xmm15
  71: jae near 0x81
  77: cvttss2si rax,xmm0
  7c: jmp 0x98
  81: subss xmm0,xmm15
  86: cvttss2si rax,xmm0
  8b: mov r11,0x8000000000000000
  95: xor rax,r11
  98: mov rsp,rbp
  9b: pop rbp
  9c: ret
  9d: mov eax,9
  a2: call 0xFFFFFFFFFFFFFD4D
  a7: mov eax,8
  ac: call 0xFFFFFFFFFFFFFD4D
  b1: mov eax,6
  b6: call 0xFFFFFFFFFFFFFD4D

;; func 6 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x6A
  1e: mov rsp,r11
  21: movsd xmm0,[rbp+0x10]
  26: mov r11,0xC3E0000000000000
  30: movq xmm15,r11
  35: ucomisd xmm0,xmm15
  3a: jp near 0x74
  40: jb near 0x7E
  46: mov r11,0x43E0000000000000
  50: movq xmm15,r11
  55: ucomisd xmm0,xmm15
  5a: jae near 0x7E
  60: cvttsd2si rax,xmm0
  65: mov rsp,rbp
  68: pop rbp
  69: ret
  6a: mov eax,9
  6f: call 0xFFFFFFFFFFFFFC92
  74: mov eax,8
  79: call 0xFFFFFFFFFFFFFC92
  7e: mov eax,6
  83: call 0xFFFFFFFFFFFFFC92

;; func 7 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0xA0
  1e: mov rsp,r11
  21: movsd xmm0,[rbp+0x10]
  26: mov r11,0xBFF0000000000000
  30: movq xmm15,r11
  35: ucomisd xmm0,xmm15
  3a: jp near 0xAA
  40: jbe near 0xB4
  46: mov r11,0x43F0000000000000
  50: movq xmm15,r11
  55: ucomisd xmm0,xmm15
  5a: jae near 0xB4
  60: mov r11,0x43E0000000000000
  6a: movq xmm15,r11
  6f: ucomisd xmm0,xmm15
  74: jae near 0x84
  7a: cvttsd2si rax,xmm0
  7f: jmp 0x9B
  84: subsd xmm0,xmm15
  89: cvttsd2si rax,xmm0
  8e: mov r11,0x8000000000000000
  98: xor rax,r11
  9b: mov rsp,rbp
  9e: pop rbp
  9f: ret
  a0: mov eax,9
  a5: call 0xFFFFFFFFFFFFFC0A
  aa: mov eax,8
  af: call 0xFFFFFFFFFFFFFC0A
  b4: mov eax,6
  b9: call 0xFFFFFFFFFFFFFC0A

