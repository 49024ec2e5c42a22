;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x52
  1e: mov rsp,r11
  21: mov rax,[rbp+0x10]
  25: add rax,[rbp+0x18]
  2c: mov rcx,[rbp+0x10]
  30: sub rcx,[rbp+0x18]
  37: imul rax,rcx
  3b: and rax,[rbp+0x10]
  42: or rax,[rbp+0x18]
  49: xor rax,0x55
  4d: mov rsp,rbp
  50: pop rbp
  51: ret
  52: mov eax,9
  57: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x49
  1e: mov rsp,r11
  21: mov rax,[rbp+0x10]
  25: add rax,7
  29: mov r11,0x123456789
  33: sub rax,r11
  36: imul rax,0xFFFFFFFFFFFFFFFD
  3d: and rax,0xFF00
  44: mov rsp,rbp
  47: pop rbp
  48: ret
  49: mov eax,9
  4e: call 0xFFFFFFFFFFFFFF93

