;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x39
  16: mov rsp,r11
  19: mov eax,[rbp+0x10]
  1c: cmp eax,[rbp+0x18]
  23: jb near 0x31
  29: mov eax,[rbp+0x10]
  2c: jmp 0x34
  31: mov eax,[rbp+0x18]
  34: mov rsp,rbp
  37: pop rbp
  38: ret
  39: mov eax,9
  3e: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x5F
  16: mov rsp,r11
  19: mov r11,0
  23: movq xmm0,r11
  28: movss xmm15,[rbp+0x10]
  2e: ucomiss xmm15,xmm0
  32: jb near 0x42
  38: movss xmm0,[rbp+0x10]
  3d: jmp 0x5A
  42: movss xmm0,[rbp+0x10]
  47: mov r11,0x80000000
  51: movq xmm15,r11
  56: xorps xmm0,xmm15
  5a: mov rsp,rbp
  5d: pop rbp
  5e: ret
  5f: mov eax,9
  64: call 0xFFFFFFFFFFFFFFAC

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x47
  16: mov rsp,r11
  19: xor eax,eax
  1b: mov [rbp-0x10],rax
  22: cmp qword [rbp+0x10],0x64
  2d: je near 0x3F
  33: mov dword [rbp-0x10],1
  3f: mov eax,[rbp-0x10]
  42: mov rsp,rbp
  45: pop rbp
  46: ret
  47: mov eax,9
  4c: call 0xFFFFFFFFFFFFFF43

