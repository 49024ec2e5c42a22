;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x68
  1e: mov rsp,r11
  21: cmp dword [rbp+0x10],5
  2b: ja near 0x5D
  31: cmp qword [rbp+0x18],0
  3c: jl near 0x5D
  42: mov eax,[rbp+0x18]
  45: cmp [rbp+0x10],eax
  4c: jle near 0x5D
  52: mov eax,1
  58: jmp 0x63
  5d: mov eax,0
  63: mov rsp,rbp
  66: pop rbp
  67: ret
  68: mov eax,9
  6d: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x9B
  1e: mov rsp,r11
  21: mov r11,0x3FF0000000000000
  2b: movq xmm0,r11
  30: movsd xmm15,[rbp+0x10]
  36: ucomisd xmm15,xmm0
  3b: ja near 0x90
  41: mov r11,0
  4b: movq xmm15,r11
  50: ucomiss xmm15,[rbp+0x18]
  58: jae near 0x90
  5e: movsd xmm15,[rbp+0x10]
  64: ucomisd xmm15,[rbp+0x10]
  6d: setne al
  71: setp r11b
  75: or al,r11b
  78: movzx eax,al
  7c: test eax,eax
  7f: jne near 0x90
  85: mov eax,1
  8b: jmp 0x96
  90: mov eax,0
  96: mov rsp,rbp
  99: pop rbp
  9a: ret
  9b: mov eax,9
  a0: call 0xFFFFFFFFFFFFFF7D

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x42
  1e: mov rsp,r11
  21: cmp dword [rbp+0x10],3
  2b: mov eax,7
  31: je near 0x3D
  37: mov eax,9
  3d: mov rsp,rbp
  40: pop rbp
  41: ret
  42: mov eax,9
  47: call 0xFFFFFFFFFFFFFED8

