;; func 0 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: lea r11,[rsp-0x30]
  14: cmp r11,[r15+0x18]
  18: jb near 0x47
  1e: mov rsp,r11
  21: mov ecx,esi
  24: mov eax,edi
  27: shl eax,cl
  2a: mov ecx,esi
  2d: sar eax,cl
  30: mov ecx,esi
  33: shr eax,cl
  36: mov ecx,esi
  39: rol eax,cl
  3c: mov ecx,esi
  3f: ror eax,cl
  42: mov rsp,rbp
  45: pop rbp
  46: ret
  47: mov eax,9
  4c: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x39
  1a: mov rsp,r11
  1d: mov eax,edi
  20: shl eax,3
  24: sar eax,1
  28: shr eax,1
  2c: rol eax,5
  30: ror eax,7
  34: mov rsp,rbp
  37: pop rbp
  38: ret
  39: mov eax,9
  3e: call 0xFFFFFFFFFFFFFF9E

;; func 2 
   0: mov rdi,[rsp+8]
   5: mov rsi,[rsp+0x10]
   a: push rbp
   b: mov rbp,rsp
   e: lea r11,[rsp-0x30]
  16: cmp r11,[r15+0x18]
  1a: jb near 0x49
  20: mov rsp,r11
  23: mov rcx,rsi
  26: mov rax,rdi
  29: shl rax,cl
  2c: mov rcx,rsi
  2f: sar rax,cl
  32: mov rcx,rsi
  35: shr rax,cl
  38: mov rcx,rsi
  3b: rol rax,cl
  3e: mov rcx,rsi
  41: ror rax,cl
  44: mov rsp,rbp
  47: pop rbp
  48: ret
  49: mov eax,9
  4e: call 0xFFFFFFFFFFFFFF5B

;; func 3 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: lea r11,[rsp-0x30]
  11: cmp r11,[r15+0x18]
  15: jb near 0x3A
  1b: mov rsp,r11
  1e: mov rax,rdi
  21: shl rax,3
  25: sar rax,1
  29: shr rax,0x3F
  2d: rol rax,5
  31: ror rax,7
  35: mov rsp,rbp
  38: pop rbp
  39: ret
  3a: mov eax,9
  3f: call 0xFFFFFFFFFFFFFF08

