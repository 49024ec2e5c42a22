;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x50
  1e: mov rsp,r11
  21: mov eax,[rbp+0x10]
  24: add eax,[rbp+0x18]
  2b: mov ecx,[rbp+0x10]
  2e: sub ecx,[rbp+0x18]
  35: imul eax,ecx
  39: and eax,[rbp+0x10]
  40: or eax,[rbp+0x18]
  47: xor eax,0x55
  4b: mov rsp,rbp
  4e: pop rbp
  4f: ret
  50: mov eax,9
  55: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x42
  1e: mov rsp,r11
  21: mov eax,[rbp+0x10]
  24: add eax,7
  28: sub eax,0x186A0
  2f: imul eax,0xFFFFFFFD
  36: and eax,0xFF00
  3d: mov rsp,rbp
  40: pop rbp
  41: ret
  42: mov eax,9
  47: call 0xFFFFFFFFFFFFFF95

