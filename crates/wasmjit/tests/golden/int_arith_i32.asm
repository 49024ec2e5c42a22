;; func 0 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: sub rsp,0x30
  13: mov eax,edi
  16: add eax,esi
  19: mov ecx,edi
  1c: sub ecx,esi
  1f: imul eax,ecx
  23: and eax,edi
  26: or eax,esi
  29: xor eax,0x55
  2d: mov rsp,rbp
  30: pop rbp
  31: ret

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: mov eax,edi
  12: add eax,7
  16: sub eax,0x186A0
  1d: imul eax,0xFFFFFFFD
  24: and eax,0xFF00
  2b: mov rsp,rbp
  2e: pop rbp
  2f: ret

