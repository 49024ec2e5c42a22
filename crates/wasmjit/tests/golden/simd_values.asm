;; func 0 pair
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x50]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x83
  1e: mov rsp,r11
  21: mov r11,[rbp+0x28]
  28: mov [rbp-0x20],r11
  2f: mov r11,[rbp+0x30]
  36: mov [rbp-0x18],r11
  3d: mov r11,[rbp+0x10]
  44: mov [rbp-0x30],r11
  4b: mov r11,[rbp+0x18]
  52: mov [rbp-0x28],r11
  59: mov r11,[rbp-0x30]
  60: mov [rbp+0x20],r11
  67: mov r11,[rbp-0x28]
  6e: mov [rbp+0x28],r11
  75: movdqu xmm0,[rbp-0x20]
  7e: mov rsp,rbp
  81: pop rbp
  82: ret
  83: mov eax,9
  88: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x90]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x14E
  1e: mov rsp,r11
  21: xor eax,eax
  23: mov [rbp-0x20],rax
  2a: mov [rbp-0x18],rax
  31: mov r11,1
  3b: movq xmm0,r11
  40: mov r11,2
  4a: pinsrq xmm0,r11,1
  51: mov r11,[rbp+0x10]
  58: mov [rsp],r11
  60: mov r11,[rbp+0x18]
  67: mov [rsp+8],r11
  6f: mov dword [rsp+0x10],7
  7b: movdqu [rsp+0x18],xmm0
  85: call 0xFFFFFFFFFFFFFF73
  8a: mov r11,[rsp+0x10]
  92: mov [rbp-0x40],r11
  99: mov r11,[rsp+0x18]
  a1: mov [rbp-0x38],r11
  a8: mov r11,[rbp-0x40]
  af: mov [rbp-0x20],r11
  b6: mov r11,[rbp-0x38]
  bd: mov [rbp-0x18],r11
  c4: mov r11,[r15+0x40]
  cb: movdqu xmm1,[r11]
  d2: movdqu xmm2,[rbp-0x20]
  db: pxor xmm1,xmm2
  e0: mov r11,[r15+0x40]
  e7: movdqu [r11],xmm1
  ee: movdqu [rbp-0x30],xmm0
  f7: cmp dword [rbp+0x20],0
 101: movdqu xmm0,[rbp+0x10]
 10a: jne near 0x11E
 110: mov r11,[r15+0x40]
 117: movdqu xmm0,[r11]
 11e: cmp dword [rbp+0x20],0
 128: jne near 0x137
 12e: movdqu xmm0,[rbp-0x20]
 137: movdqu xmm1,[rbp-0x30]
 140: por xmm1,xmm0
 145: movaps xmm0,xmm1
 149: mov rsp,rbp
 14c: pop rbp
 14d: ret
 14e: mov eax,9
 153: call 0xFFFFFFFFFFFFFF62

