;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x60
  16: mov rsp,r11
  19: cmp dword [rbp+0x10],5
  23: ja near 0x55
  29: cmp qword [rbp+0x18],0
  34: jl near 0x55
  3a: mov eax,[rbp+0x18]
  3d: cmp [rbp+0x10],eax
  44: jle near 0x55
  4a: mov eax,1
  50: jmp 0x5B
  55: mov eax,0
  5b: mov rsp,rbp
  5e: pop rbp
  5f: ret
  60: mov eax,9
  65: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x93
  16: mov rsp,r11
  19: mov r11,0x3FF0000000000000
  23: movq xmm0,r11
  28: movsd xmm15,[rbp+0x10]
  2e: ucomisd xmm15,xmm0
  33: ja near 0x88
  39: mov r11,0
  43: movq xmm15,r11
  48: ucomiss xmm15,[rbp+0x18]
  50: jae near 0x88
  56: movsd xmm15,[rbp+0x10]
  5c: ucomisd xmm15,[rbp+0x10]
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
  98: call 0xFFFFFFFFFFFFFF85

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x3A
  16: mov rsp,r11
  19: cmp dword [rbp+0x10],3
  23: mov eax,7
  29: je near 0x35
  2f: mov eax,9
  35: mov rsp,rbp
  38: pop rbp
  39: ret
  3a: mov eax,9
  3f: call 0xFFFFFFFFFFFFFEE8

