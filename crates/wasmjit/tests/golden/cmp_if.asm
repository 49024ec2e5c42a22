;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x41
  1e: mov rsp,r11
  21: mov eax,[rbp+0x10]
  24: cmp eax,[rbp+0x18]
  2b: jb near 0x39
  31: mov eax,[rbp+0x10]
  34: jmp 0x3C
  39: mov eax,[rbp+0x18]
  3c: mov rsp,rbp
  3f: pop rbp
  40: ret
  41: mov eax,9
  46: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x67
  1e: mov rsp,r11
  21: mov r11,0
  2b: movq xmm0,r11
  30: movss xmm15,[rbp+0x10]
  36: ucomiss xmm15,xmm0
  3a: jb near 0x4A
  40: movss xmm0,[rbp+0x10]
  45: jmp 0x62
  4a: movss xmm0,[rbp+0x10]
  4f: mov r11,0x80000000
  59: movq xmm15,r11
  5e: xorps xmm0,xmm15
  62: mov rsp,rbp
  65: pop rbp
  66: ret
  67: mov eax,9
  6c: call 0xFFFFFFFFFFFFFFA4

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x4F
  1e: mov rsp,r11
  21: xor eax,eax
  23: mov [rbp-0x10],rax
  2a: cmp qword [rbp+0x10],0x64
  35: je near 0x47
  3b: mov dword [rbp-0x10],1
  47: mov eax,[rbp-0x10]
  4a: mov rsp,rbp
  4d: pop rbp
  4e: ret
  4f: mov eax,9
  54: call 0xFFFFFFFFFFFFFF33

