;; func 0 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: lea r11,[rsp-0x30]
  14: cmp r11,[r15+0x18]
  18: jb near 0x40
  1e: mov rsp,r11
  21: mov eax,edi
  24: add eax,esi
  27: mov ecx,edi
  2a: sub ecx,esi
  2d: imul eax,ecx
  31: and eax,edi
  34: or eax,esi
  37: xor eax,0x55
  3b: mov rsp,rbp
  3e: pop rbp
  3f: ret
  40: mov eax,9
  45: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x3E
  1a: mov rsp,r11
  1d: mov eax,edi
  20: add eax,7
  24: sub eax,0x186A0
  2b: imul eax,0xFFFFFFFD
  32: and eax,0xFF00
  39: mov rsp,rbp
  3c: pop rbp
  3d: ret
  3e: mov eax,9
  43: call 0xFFFFFFFFFFFFFFA5

