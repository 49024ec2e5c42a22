;; func 0 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: sub rsp,0x30
  13: mov ecx,esi
  16: mov eax,edi
  19: shl eax,cl
  1c: mov ecx,esi
  1f: sar eax,cl
  22: mov ecx,esi
  25: shr eax,cl
  28: mov ecx,esi
  2b: rol eax,cl
  2e: mov ecx,esi
  31: ror eax,cl
  34: mov rsp,rbp
  37: pop rbp
  38: ret

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: mov eax,edi
  12: shl eax,3
  16: sar eax,1
  1a: shr eax,1
  1e: rol eax,5
  22: ror eax,7
  26: mov rsp,rbp
  29: pop rbp
  2a: ret

;; func 2 
   0: mov rdi,[rsp+8]
   5: mov rsi,[rsp+0x10]
   a: push rbp
   b: mov rbp,rsp
   e: sub rsp,0x30
  15: mov rcx,rsi
  18: mov rax,rdi
  1b: shl rax,cl
  1e: mov rcx,rsi
  21: sar rax,cl
  24: mov rcx,rsi
  27: shr rax,cl
  2a: mov rcx,rsi
  2d: rol rax,cl
  30: mov rcx,rsi
  33: ror rax,cl
  36: mov rsp,rbp
  39: pop rbp
  3a: ret

;; func 3 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: sub rsp,0x30
  10: mov rax,rdi
  13: shl rax,3
  17: sar rax,1
  1b: shr rax,0x3F
  1f: rol rax,5
  23: ror rax,7
  27: mov rsp,rbp
  2a: pop rbp
  2b: ret

