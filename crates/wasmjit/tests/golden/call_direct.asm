;; func 0 add
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x32
  16: mov rsp,r11
  19: cmp rsp,[r15+0x18]
  1d: jb near 0x32
  23: mov eax,[rbp+0x10]
  26: add eax,[rbp+0x18]
  2d: mov rsp,rbp
  30: pop rbp
  31: ret
  32: mov eax,9
  37: call 0xFFFFFFFFFFFFFFEF

;; func 1 mixed
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x36
  16: mov rsp,r11
  19: cmp rsp,[r15+0x18]
  1d: jb near 0x36
  23: movsd xmm0,[rbp+0x28]
  28: addsd xmm0,[rbp+0x48]
  31: mov rsp,rbp
  34: pop rbp
  35: ret
  36: mov eax,9
  3b: call 0xFFFFFFFFFFFFFFB3

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: cmp r11,[r15+0x18]
  10: jb near 0x4A
  16: mov rsp,r11
  19: mov eax,[rbp+0x10]
  1c: add eax,1
  20: mov [rbp-0x10],rax
  24: mov r11,[rbp+0x10]
  28: mov [rsp],r11
  2d: mov dword [rsp+8],2
  39: call 0xFFFFFFFFFFFFFF84
  3e: add eax,[rbp-0x10]
  45: mov rsp,rbp
  48: pop rbp
  49: ret
  4a: mov eax,9
  4f: call 0xFFFFFFFFFFFFFF73

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x90]
   c: cmp r11,[r15+0x18]
  10: jb near 0x8F
  16: mov rsp,r11
  19: mov dword [rsp],1
  25: mov qword [rsp+8],2
  31: mov dword [rsp+0x10],0x40400000
  3d: mov r11,0x4010000000000000
  47: mov [rsp+0x18],r11
  4f: mov dword [rsp+0x20],5
  5b: mov qword [rsp+0x28],6
  67: mov dword [rsp+0x30],0x40E00000
  73: mov r11,0x4020000000000000
  7d: mov [rsp+0x38],r11
  85: call 0xFFFFFFFFFFFFFF6C
  8a: mov rsp,rbp
  8d: pop rbp
  8e: ret
  8f: mov eax,9
  94: call 0xFFFFFFFFFFFFFF1F

;; func 4 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x10]
   c: cmp r11,[r15+0x18]
  10: jb near 0x23
  16: mov rsp,r11
  19: call 0x2D
  1e: mov rsp,rbp
  21: pop rbp
  22: ret
  23: mov eax,9
  28: call 0xFFFFFFFFFFFFFE86

;; func 5 void
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x10]
   c: cmp r11,[r15+0x18]
  10: jb near 0x28
  16: mov rsp,r11
  19: cmp rsp,[r15+0x18]
  1d: jb near 0x28
  23: mov rsp,rbp
  26: pop rbp
  27: ret
  28: mov eax,9
  2d: call 0xFFFFFFFFFFFFFE59

