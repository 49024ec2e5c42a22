;; func 0 max
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: cmp r11,[r15+0x18]
  10: jb near 0x35
  16: mov rsp,r11
  19: mov rax,[rbp+0x10]
  1d: cmp rax,[rbp+0x18]
  24: mov rax,[rbp+0x10]
  28: mov rcx,[rbp+0x18]
  2c: cmovle rax,rcx
  30: mov rsp,rbp
  33: pop rbp
  34: ret
  35: mov eax,9
  3a: call 0xFFFFFFFFFFFFFFEF

;; func 1 clamp
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x55
  16: mov rsp,r11
  19: mov r11,0
  23: movq xmm15,r11
  28: ucomisd xmm15,[rbp+0x10]
  31: jbe near 0x4B
  37: mov r11,0
  41: movq xmm0,r11
  46: jmp 0x50
  4b: movsd xmm0,[rbp+0x10]
  50: mov rsp,rbp
  53: pop rbp
  54: ret
  55: mov eax,9
  5a: call 0xFFFFFFFFFFFFFFB0

;; func 2 div
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x4B
  16: mov rsp,r11
  19: mov ecx,[rbp+0x18]
  1c: mov eax,[rbp+0x10]
  1f: test ecx,ecx
  22: je near 0x55
  28: cmp ecx,0xFFFFFFFF
  2f: jne near 0x42
  35: cmp eax,0x80000000
  3c: je near 0x5F
  42: cdq
  43: idiv ecx
  46: mov rsp,rbp
  49: pop rbp
  4a: ret
  4b: mov eax,9
  50: call 0xFFFFFFFFFFFFFF51
  55: mov eax,7
  5a: call 0xFFFFFFFFFFFFFF51
  5f: mov eax,6
  64: call 0xFFFFFFFFFFFFFF51

