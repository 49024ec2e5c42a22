;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x3C
  16: mov rsp,r11
  19: cmp dword [rbp+0x10],0
  23: mov eax,[rbp+0x10]
  26: jne near 0x37
  2c: add eax,1
  30: imul eax,2
  37: mov rsp,rbp
  3a: pop rbp
  3b: ret
  3c: mov eax,9
  41: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x47
  16: mov rsp,r11
  19: cmp dword [rbp+0x18],0
  23: movsd xmm0,[rbp+0x10]
  28: jne near 0x42
  2e: mov r11,0x4000000000000000
  38: movq xmm15,r11
  3d: mulsd xmm0,xmm15
  42: mov rsp,rbp
  45: pop rbp
  46: ret
  47: mov eax,9
  4c: call 0xFFFFFFFFFFFFFFA9

