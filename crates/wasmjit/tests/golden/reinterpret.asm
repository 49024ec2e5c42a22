;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x30
  1e: mov rsp,r11
  21: movsd xmm0,[rbp+0x10]
  26: cvtsd2ss xmm0,xmm0
  2b: mov rsp,rbp
  2e: pop rbp
  2f: ret
  30: mov eax,9
  35: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x30
  1e: mov rsp,r11
  21: movss xmm0,[rbp+0x10]
  26: cvtss2sd xmm0,xmm0
  2b: mov rsp,rbp
  2e: pop rbp
  2f: ret
  30: mov eax,9
  35: call 0xFFFFFFFFFFFFFFB5

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x29
  1e: mov rsp,r11
  21: mov eax,[rbp+0x10]
  24: mov rsp,rbp
  27: pop rbp
  28: ret
  29: mov eax,9
  2e: call 0xFFFFFFFFFFFFFF7B

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x2A
  1e: mov rsp,r11
  21: mov rax,[rbp+0x10]
  25: mov rsp,rbp
  28: pop rbp
  29: ret
  2a: mov eax,9
  2f: call 0xFFFFFFFFFFFFFF48

;; func 4 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x2B
  1e: mov rsp,r11
  21: movsd xmm0,[rbp+0x10]
  26: mov rsp,rbp
  29: pop rbp
  2a: ret
  2b: mov eax,9
  30: call 0xFFFFFFFFFFFFFF14

;; func 5 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x2B
  1e: mov rsp,r11
  21: movsd xmm0,[rbp+0x10]
  26: mov rsp,rbp
  29: pop rbp
  2a: ret
  2b: mov eax,9
  30: call 0xFFFFFFFFFFFFFEDF

;; func 6 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x30
  1e: mov rsp,r11
  21: mov rax,0x3FF0000000000000
  2b: mov rsp,rbp
  2e: pop rbp
  2f: ret
  30: mov eax,9
  35: call 0xFFFFFFFFFFFFFEAA

