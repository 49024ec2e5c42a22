;; func 0 
   0: mov edi,[rsp+8]
   4: mov rsi,[rsp+0x10]
   9: push rbp
   a: mov rbp,rsp
   d: lea r11,[rsp-0x30]
  15: cmp r11,[r15+0x18]
  19: jb near 0x5E
  1f: mov rsp,r11
  22: cmp edi,5
  29: ja near 0x53
  2f: cmp rsi,0
  36: jl near 0x53
  3c: mov eax,esi
  3f: cmp edi,eax
  42: jle near 0x53
  48: mov eax,1
  4e: jmp 0x59
  53: mov eax,0
  59: mov rsp,rbp
  5c: pop rbp
  5d: ret
  5e: mov eax,9
  63: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: movsd xmm1,[rsp+8]
   6: movss xmm2,[rsp+0x10]
   c: push rbp
   d: mov rbp,rsp
  10: lea r11,[rsp-0x30]
  18: cmp r11,[r15+0x18]
  1c: jb near 0x93
  22: mov rsp,r11
  25: mov r11,0x3FF0000000000000
  2f: movq xmm0,r11
  34: movaps xmm15,xmm1
  38: ucomisd xmm15,xmm0
  3d: ja near 0x88
  43: mov r11,0
  4d: movq xmm15,r11
  52: ucomiss xmm15,xmm2
  56: jae near 0x88
  5c: movaps xmm15,xmm1
  60: ucomisd xmm15,xmm1
  65: setne al
  69: setp r11b
  6d: or al,r11b
  70: movzx eax,al
  74: test eax,eax
  77: jne near 0x88
  7d: mov eax,1
  83: jmp 0x8E
  88: mov eax,0
  8e: mov rsp,rbp
  91: pop rbp
  92: ret
  93: mov eax,9
  98: call 0xFFFFFFFFFFFFFF87

;; func 2 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x3B
  1a: mov rsp,r11
  1d: cmp edi,3
  24: mov eax,7
  2a: je near 0x36
  30: mov eax,9
  36: mov rsp,rbp
  39: pop rbp
  3a: ret
  3b: mov eax,9
  40: call 0xFFFFFFFFFFFFFEEA

