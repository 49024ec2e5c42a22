;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x4A
  16: mov rsp,r11
  19: mov rax,[rbp+0x10]
  1d: add rax,[rbp+0x18]
  24: mov rcx,[rbp+0x10]
  28: sub rcx,[rbp+0x18]
  2f: imul rax,rcx
  33: and rax,[rbp+0x10]
  3a: or rax,[rbp+0x18]
  41: xor rax,0x55
  45: mov rsp,rbp
  48: pop rbp
  49: ret
  4a: mov eax,9
  4f: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x41
  16: mov rsp,r11
  19: mov rax,[rbp+0x10]
  1d: add rax,7
  21: mov r11,0x123456789
  2b: sub rax,r11
  2e: imul rax,0xFFFFFFFFFFFFFFFD
  35: and rax,0xFF00
  3c: mov rsp,rbp
  3f: pop rbp
  40: ret
  41: mov eax,9
  46: call 0xFFFFFFFFFFFFFF9B

