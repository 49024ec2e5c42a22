;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x32
  16: mov rsp,r11
  19: mov eax,[rbp+0x10]
  1c: shr eax,3
  20: mov ecx,[rbp+0x10]
  23: and ecx,7
  2a: add eax,ecx
  2d: mov rsp,rbp
  30: pop rbp
  31: ret
  32: mov eax,9
  37: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x6F
  16: mov rsp,r11
  19: mov eax,[rbp+0x10]
  1c: mov ecx,eax
  1f: sar ecx,0x1F
  23: shr ecx,0x1E
  27: add ecx,eax
  2a: sar ecx,2
  2e: mov eax,[rbp+0x10]
  31: mov edx,eax
  34: sar edx,0x1F
  38: shr edx,0x1C
  3c: add edx,eax
  3f: and edx,0xFFFFFFF0
  46: sub eax,edx
  49: add ecx,eax
  4c: mov eax,[rbp+0x10]
  4f: mov edx,eax
  52: sar edx,0x1F
  56: shr edx,0x1E
  5a: add edx,eax
  5d: sar edx,2
  61: neg edx
  64: add ecx,edx
  67: mov eax,ecx
  6a: mov rsp,rbp
  6d: pop rbp
  6e: ret
  6f: mov eax,9
  74: call 0xFFFFFFFFFFFFFFB3

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x34
  16: mov rsp,r11
  19: mov rax,[rbp+0x10]
  1d: shr rax,0xA
  21: mov rcx,[rbp+0x10]
  25: and rcx,1
  2c: add rax,rcx
  2f: mov rsp,rbp
  32: pop rbp
  33: ret
  34: mov eax,9
  39: call 0xFFFFFFFFFFFFFF3A

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x72
  16: mov rsp,r11
  19: mov rax,[rbp+0x10]
  1d: mov rcx,rax
  20: sar rcx,0x3F
  24: shr rcx,0x3E
  28: add rcx,rax
  2b: sar rcx,2
  2f: mov rax,[rbp+0x10]
  33: mov rdx,rax
  36: sar rdx,0x3F
  3a: shr rdx,0x3C
  3e: add rdx,rax
  41: and rdx,0xFFFFFFFFFFFFFFF0
  48: sub rax,rdx
  4b: add rcx,rax
  4e: mov rax,[rbp+0x10]
  52: mov rdx,rax
  55: sar rdx,0x3F
  59: shr rdx,0x3D
  5d: add rdx,rax
  60: sar rdx,3
  64: neg rdx
  67: add rcx,rdx
  6a: mov rax,rcx
  6d: mov rsp,rbp
  70: pop rbp
  71: ret
  72: mov eax,9
  77: call 0xFFFFFFFFFFFFFEFC

