;; func 0 max
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x3D
  1e: mov rsp,r11
  21: mov rax,[rbp+0x10]
  25: cmp rax,[rbp+0x18]
  2c: mov rax,[rbp+0x10]
  30: mov rcx,[rbp+0x18]
  34: cmovle rax,rcx
  38: mov rsp,rbp
  3b: pop rbp
  3c: ret
  3d: mov eax,9
  42: call 0xFFFFFFFFFFFFFFEF

;; func 1 clamp
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x5D
  1e: mov rsp,r11
  21: mov r11,0
  2b: movq xmm15,r11
  30: ucomisd xmm15,[rbp+0x10]
  39: jbe near 0x53
  3f: mov r11,0
  49: movq xmm0,r11
  4e: jmp 0x58
  53: movsd xmm0,[rbp+0x10]
  58: mov rsp,rbp
  5b: pop rbp
  5c: ret
  5d: mov eax,9
  62: call 0xFFFFFFFFFFFFFFA8

;; func 2 div
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x53
  1e: mov rsp,r11
  21: mov ecx,[rbp+0x18]
  24: mov eax,[rbp+0x10]
  27: test ecx,ecx
  2a: je near 0x5D
  30: cmp ecx,0xFFFFFFFF
  37: jne near 0x4A
  3d: cmp eax,0x80000000
  44: je near 0x67
  4a: cdq
  4b: idiv ecx
  4e: mov rsp,rbp
  51: pop rbp
  52: ret
  53: mov eax,9
  58: call 0xFFFFFFFFFFFFFF41
  5d: mov eax,7
  62: call 0xFFFFFFFFFFFFFF41
  67: mov eax,6
  6c: call 0xFFFFFFFFFFFFFF41

