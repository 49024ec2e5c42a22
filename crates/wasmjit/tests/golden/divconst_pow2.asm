;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x36
  1a: mov rsp,r11
  1d: mov eax,edi
  20: shr eax,3
  24: mov ecx,edi
  27: and ecx,7
  2e: add eax,ecx
  31: mov rsp,rbp
  34: pop rbp
  35: ret
  36: mov eax,9
  3b: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x73
  1a: mov rsp,r11
  1d: mov eax,edi
  20: mov ecx,eax
  23: sar ecx,0x1F
  27: shr ecx,0x1E
  2b: add ecx,eax
  2e: sar ecx,2
  32: mov eax,edi
  35: mov edx,eax
  38: sar edx,0x1F
  3c: shr edx,0x1C
  40: add edx,eax
  43: and edx,0xFFFFFFF0
  4a: sub eax,edx
  4d: add ecx,eax
  50: mov eax,edi
  53: mov edx,eax
  56: sar edx,0x1F
  5a: shr edx,0x1E
  5e: add edx,eax
  61: sar edx,2
  65: neg edx
  68: add ecx,edx
  6b: mov eax,ecx
  6e: mov rsp,rbp
  71: pop rbp
  72: ret
  73: mov eax,9
  78: call 0xFFFFFFFFFFFFFFAF

;; func 2 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: lea r11,[rsp-0x30]
  11: cmp r11,[r15+0x18]
  15: jb near 0x37
  1b: mov rsp,r11
  1e: mov rax,rdi
  21: shr rax,0xA
  25: mov rcx,rdi
  28: and rcx,1
  2f: add rax,rcx
  32: mov rsp,rbp
  35: pop rbp
  36: ret
  37: mov eax,9
  3c: call 0xFFFFFFFFFFFFFF32

;; func 3 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: lea r11,[rsp-0x30]
  11: cmp r11,[r15+0x18]
  15: jb near 0x74
  1b: mov rsp,r11
  1e: mov rax,rdi
  21: mov rcx,rax
  24: sar rcx,0x3F
  28: shr rcx,0x3E
  2c: add rcx,rax
  2f: sar rcx,2
  33: mov rax,rdi
  36: mov rdx,rax
  39: sar rdx,0x3F
  3d: shr rdx,0x3C
  41: add rdx,rax
  44: and rdx,0xFFFFFFFFFFFFFFF0
  4b: sub rax,rdx
  4e: add rcx,rax
  51: mov rax,rdi
  54: mov rdx,rax
  57: sar rdx,0x3F
  5b: shr rdx,0x3D
  5f: add rdx,rax
  62: sar rdx,3
  66: neg rdx
  69: add rcx,rdx
  6c: mov rax,rcx
  6f: mov rsp,rbp
  72: pop rbp
  73: ret
  74: mov eax,9
  79: call 0xFFFFFFFFFFFFFEF1

