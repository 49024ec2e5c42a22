;; func 0 add
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x30
  1e: mov rsp,r11
  21: mov eax,[rbp+0x10]
  24: add eax,[rbp+0x18]
  2b: mov rsp,rbp
  2e: pop rbp
  2f: ret
  30: mov eax,9
  35: call 0xFFFFFFFFFFFFFFEF

;; func 1 mixed
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x34
  1e: mov rsp,r11
  21: movsd xmm0,[rbp+0x28]
  26: addsd xmm0,[rbp+0x48]
  2f: mov rsp,rbp
  32: pop rbp
  33: ret
  34: mov eax,9
  39: call 0xFFFFFFFFFFFFFFB5

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x52
  1e: mov rsp,r11
  21: mov eax,[rbp+0x10]
  24: add eax,1
  28: mov [rbp-0x10],rax
  2c: mov r11,[rbp+0x10]
  30: mov [rsp],r11
  35: mov dword [rsp+8],2
  41: call 0xFFFFFFFFFFFFFF88
  46: add eax,[rbp-0x10]
  4d: mov rsp,rbp
  50: pop rbp
  51: ret
  52: mov eax,9
  57: call 0xFFFFFFFFFFFFFF77

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x90]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x97
  1e: mov rsp,r11
  21: mov dword [rsp],1
  2d: mov qword [rsp+8],2
  39: mov dword [rsp+0x10],0x40400000
  45: mov r11,0x4010000000000000
  4f: mov [rsp+0x18],r11
  57: mov dword [rsp+0x20],5
  63: mov qword [rsp+0x28],6
  6f: mov dword [rsp+0x30],0x40E00000
  7b: mov r11,0x4020000000000000
  85: mov [rsp+0x38],r11
  8d: call 0xFFFFFFFFFFFFFF66
  92: mov rsp,rbp
  95: pop rbp
  96: ret
  97: mov eax,9
  9c: call 0xFFFFFFFFFFFFFF1B

;; func 4 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x10]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x2B
  1e: mov rsp,r11
  21: call 0x35
  26: mov rsp,rbp
  29: pop rbp
  2a: ret
  2b: mov eax,9
  30: call 0xFFFFFFFFFFFFFE7A

;; func 5 void
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x10]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x26
  1e: mov rsp,r11
  21: mov rsp,rbp
  24: pop rbp
  25: ret
  26: mov eax,9
  2b: call 0xFFFFFFFFFFFFFE45

