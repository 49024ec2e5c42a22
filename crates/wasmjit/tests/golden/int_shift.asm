;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x3F
  16: mov rsp,r11
  19: mov ecx,[rbp+0x18]
  1c: mov eax,[rbp+0x10]
  1f: shl eax,cl
  22: mov ecx,[rbp+0x18]
  25: sar eax,cl
  28: mov ecx,[rbp+0x18]
  2b: shr eax,cl
  2e: mov ecx,[rbp+0x18]
  31: rol eax,cl
  34: mov ecx,[rbp+0x18]
  37: ror eax,cl
  3a: mov rsp,rbp
  3d: pop rbp
  3e: ret
  3f: mov eax,9
  44: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x35
  16: mov rsp,r11
  19: mov eax,[rbp+0x10]
  1c: shl eax,3
  20: sar eax,1
  24: shr eax,1
  28: rol eax,5
  2c: ror eax,7
  30: mov rsp,rbp
  33: pop rbp
  34: ret
  35: mov eax,9
  3a: call 0xFFFFFFFFFFFFFFA6

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x45
  16: mov rsp,r11
  19: mov rcx,[rbp+0x18]
  1d: mov rax,[rbp+0x10]
  21: shl rax,cl
  24: mov rcx,[rbp+0x18]
  28: sar rax,cl
  2b: mov rcx,[rbp+0x18]
  2f: shr rax,cl
  32: mov rcx,[rbp+0x18]
  36: rol rax,cl
  39: mov rcx,[rbp+0x18]
  3d: ror rax,cl
  40: mov rsp,rbp
  43: pop rbp
  44: ret
  45: mov eax,9
  4a: call 0xFFFFFFFFFFFFFF67

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x36
  16: mov rsp,r11
  19: mov rax,[rbp+0x10]
  1d: shl rax,3
  21: sar rax,1
  25: shr rax,0x3F
  29: rol rax,5
  2d: ror rax,7
  31: mov rsp,rbp
  34: pop rbp
  35: ret
  36: mov eax,9
  3b: call 0xFFFFFFFFFFFFFF18

