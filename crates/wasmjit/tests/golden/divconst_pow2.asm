;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x3A
  1e: mov rsp,r11
  21: mov eax,[rbp+0x10]
  24: shr eax,3
  28: mov ecx,[rbp+0x10]
  2b: and ecx,7
  32: add eax,ecx
  35: mov rsp,rbp
  38: pop rbp
  39: ret
  3a: mov eax,9
  3f: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x77
  1e: mov rsp,r11
  21: mov eax,[rbp+0x10]
  24: mov ecx,eax
  27: sar ecx,0x1F
  2b: shr ecx,0x1E
  2f: add ecx,eax
  32: sar ecx,2
  36: mov eax,[rbp+0x10]
  39: mov edx,eax
  3c: sar edx,0x1F
  40: shr edx,0x1C
  44: add edx,eax
  47: and edx,0xFFFFFFF0
  4e: sub eax,edx
  51: add ecx,eax
  54: mov eax,[rbp+0x10]
  57: mov edx,eax
  5a: sar edx,0x1F
  5e: shr edx,0x1E
  62: add edx,eax
  65: sar edx,2
  69: neg edx
  6c: add ecx,edx
  6f: mov eax,ecx
  72: mov rsp,rbp
  75: pop rbp
  76: ret
  77: mov eax,9
  7c: call 0xFFFFFFFFFFFFFFAB

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x3C
  1e: mov rsp,r11
  21: mov rax,[rbp+0x10]
  25: shr rax,0xA
  29: mov rcx,[rbp+0x10]
  2d: and rcx,1
  34: add rax,rcx
  37: mov rsp,rbp
  3a: pop rbp
  3b: ret
  3c: mov eax,9
  41: call 0xFFFFFFFFFFFFFF2A

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x7A
  1e: mov rsp,r11
  21: mov rax,[rbp+0x10]
  25: mov rcx,rax
  28: sar rcx,0x3F
  2c: shr rcx,0x3E
  30: add rcx,rax
  33: sar rcx,2
  37: mov rax,[rbp+0x10]
  3b: mov rdx,rax
  3e: sar rdx,0x3F
  42: shr rdx,0x3C
  46: add rdx,rax
  49: and rdx,0xFFFFFFFFFFFFFFF0
  50: sub rax,rdx
  53: add rcx,rax
  56: mov rax,[rbp+0x10]
  5a: mov rdx,rax
  5d: sar rdx,0x3F
  61: shr rdx,0x3D
  65: add rdx,rax
  68: sar rdx,3
  6c: neg rdx
  6f: add rcx,rdx
  72: mov rax,rcx
  75: mov rsp,rbp
  78: pop rbp
  79: ret
  7a: mov eax,9
  7f: call 0xFFFFFFFFFFFFFEE4

