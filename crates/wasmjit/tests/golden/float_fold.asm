;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x35
  1e: mov rsp,r11
  21: mov r11,0xBFFD64D51E0DB1C6
  2b: movq xmm0,r11
  30: mov rsp,rbp
  33: pop rbp
  34: ret
  35: mov eax,9
  3a: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x35
  1e: mov rsp,r11
  21: mov r11,0x40400000
  2b: movq xmm0,r11
  30: mov rsp,rbp
  33: pop rbp
  34: ret
  35: mov eax,9
  3a: call 0xFFFFFFFFFFFFFFB0

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x49
  1e: mov rsp,r11
  21: mov r11,0
  2b: movq xmm0,r11
  30: mov r11,0
  3a: movq xmm15,r11
  3f: divsd xmm0,xmm15
  44: mov rsp,rbp
  47: pop rbp
  48: ret
  49: mov eax,9
  4e: call 0xFFFFFFFFFFFFFF71

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x2C
  1e: mov rsp,r11
  21: mov eax,1
  27: mov rsp,rbp
  2a: pop rbp
  2b: ret
  2c: mov eax,9
  31: call 0xFFFFFFFFFFFFFF1E

