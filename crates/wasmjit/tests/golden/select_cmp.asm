;; func 0 max
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x40
   b: mov rax,[r15+0x18]
  12: cmp rsp,[rax]
  17: jb near 0x39
  1d: mov rax,[rbp+0x10]
  21: cmp rax,[rbp+0x18]
  28: mov rax,[rbp+0x10]
  2c: mov rcx,[rbp+0x18]
  30: cmovle rax,rcx
  34: mov rsp,rbp
  37: pop rbp
  38: ret
  39: mov eax,9
  3e: call 0xFFFFFFFFFFFFFFF0

;; func 1 clamp
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x30
   b: mov rax,[r15+0x18]
  12: cmp rsp,[rax]
  17: jb near 0x59
  1d: mov r11, <addr>
  27: movq xmm15,r11
  2c: ucomisd xmm15,[rbp+0x10]
  35: jbe near 0x4F
  3b: mov r11, <addr>
  45: movq xmm0,r11
  4a: jmp 0x54
  4f: movsd xmm0,[rbp+0x10]
  54: mov rsp,rbp
  57: pop rbp
  58: ret
  59: mov eax,9
  5e: call 0xFFFFFFFFFFFFFFAD

;; func 2 div
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x30
   b: mov rax,[r15+0x18]
  12: cmp rsp,[rax]
  17: jb near 0x4F
  1d: mov ecx,[rbp+0x18]
  20: mov eax,[rbp+0x10]
  23: test ecx,ecx
  26: je near 0x59
  2c: cmp ecx,0xFFFFFFFF
  33: jne near 0x46
  39: cmp eax,0x80000000
  40: je near 0x63
  46: cdq
  47: idiv ecx
  4a: mov rsp,rbp
  4d: pop rbp
  4e: ret
  4f: mov eax,9
  54: call 0xFFFFFFFFFFFFFF4A
  59: mov eax,7
  5e: call 0xFFFFFFFFFFFFFF4A
  63: mov eax,6
  68: call 0xFFFFFFFFFFFFFF4A

