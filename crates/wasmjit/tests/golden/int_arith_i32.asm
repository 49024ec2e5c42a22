;; func 0 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: sub rsp,0x30
  13: lea eax,[rdi+rsi]
  18: mov ecx,edi
  1b: sub ecx,esi
  1e: imul eax,ecx
  22: and eax,edi
  25: or eax,esi
  28: xor eax,0x55
  2c: mov rsp,rbp
  2f: pop rbp
  30: ret

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: lea eax,[rdi+7]
  12: sub eax,0x186A0
  19: imul eax,0xFFFFFFFD
  20: and eax,0xFF00
  27: mov rsp,rbp
  2a: pop rbp
  2b: ret

