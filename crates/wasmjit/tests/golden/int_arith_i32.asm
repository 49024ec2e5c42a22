;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x48
  16: mov rsp,r11
  19: mov eax,[rbp+0x10]
  1c: add eax,[rbp+0x18]
  23: mov ecx,[rbp+0x10]
  26: sub ecx,[rbp+0x18]
  2d: imul eax,ecx
  31: and eax,[rbp+0x10]
  38: or eax,[rbp+0x18]
  3f: xor eax,0x55
  43: mov rsp,rbp
  46: pop rbp
  47: ret
  48: mov eax,9
  4d: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x3A
  16: mov rsp,r11
  19: mov eax,[rbp+0x10]
  1c: add eax,7
  20: sub eax,0x186A0
  27: imul eax,0xFFFFFFFD
  2e: and eax,0xFF00
  35: mov rsp,rbp
  38: pop rbp
  39: ret
  3a: mov eax,9
  3f: call 0xFFFFFFFFFFFFFF9D

