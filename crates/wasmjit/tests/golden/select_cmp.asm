;; func 0 max
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x40
   b: mov rax,[r15+0x18]
  12: cmp rsp,[rax]
  17: jb near 0x42
  1d: mov rax,[rbp+0x10]
  24: cmp rax,[rbp+0x18]
  2b: mov rax,[rbp+0x10]
  32: mov rcx,[rbp+0x18]
  39: cmovle rax,rcx
  3d: mov rsp,rbp
  40: pop rbp
  41: ret
  42: mov eax,9
  47: call 0xFFFFFFFFFFFFFFF0

;; func 1 clamp
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x30
   b: mov rax,[r15+0x18]
  12: cmp rsp,[rax]
  17: jb near 0x5D
  1d: mov r11, <addr>
  27: movq xmm15,r11
  2c: ucomisd xmm15,[rbp+0x10]
  35: jbe near 0x4F
  3b: mov r11, <addr>
  45: movq xmm0,r11
  4a: jmp 0x58
  4f: movsd xmm0,[rbp+0x10]
  58: mov rsp,rbp
  5b: pop rbp
  5c: ret
  5d: mov eax,9
  62: call 0xFFFFFFFFFFFFFFA4

;; func 2 div
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x30
   b: mov rax,[r15+0x18]
  12: cmp rsp,[rax]
  17: jb near 0x57
  1d: mov ecx,[rbp+0x18]
  24: mov eax,[rbp+0x10]
  2b: test ecx,ecx
  2e: je near 0x61
  34: cmp ecx,0xFFFFFFFF
  3b: jne near 0x4E
  41: cmp eax,0x80000000
  48: je near 0x6B
  4e: cdq
  4f: idiv ecx
  52: mov rsp,rbp
  55: pop rbp
  56: ret
  57: mov eax,9
  5c: call 0xFFFFFFFFFFFFFF3D
  61: mov eax,7
  66: call 0xFFFFFFFFFFFFFF3D
  6b: mov eax,6
  70: call 0xFFFFFFFFFFFFFF3D

