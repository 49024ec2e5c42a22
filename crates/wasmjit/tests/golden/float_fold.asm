;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x2D
  16: mov rsp,r11
  19: mov r11,0xBFFD64D51E0DB1C6
  23: movq xmm0,r11
  28: mov rsp,rbp
  2b: pop rbp
  2c: ret
  2d: mov eax,9
  32: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x2D
  16: mov rsp,r11
  19: mov r11,0x40400000
  23: movq xmm0,r11
  28: mov rsp,rbp
  2b: pop rbp
  2c: ret
  2d: mov eax,9
  32: call 0xFFFFFFFFFFFFFFB8

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x41
  16: mov rsp,r11
  19: mov r11,0
  23: movq xmm0,r11
  28: mov r11,0
  32: movq xmm15,r11
  37: divsd xmm0,xmm15
  3c: mov rsp,rbp
  3f: pop rbp
  40: ret
  41: mov eax,9
  46: call 0xFFFFFFFFFFFFFF81

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x24
  16: mov rsp,r11
  19: mov eax,1
  1f: mov rsp,rbp
  22: pop rbp
  23: ret
  24: mov eax,9
  29: call 0xFFFFFFFFFFFFFF36

