;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x37
  1a: mov rsp,r11
  1d: lzcnt eax,edi
  22: tzcnt ecx,edi
  27: add eax,ecx
  2a: popcnt ecx,edi
  2f: add eax,ecx
  32: mov rsp,rbp
  35: pop rbp
  36: ret
  37: mov eax,9
  3c: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: lea r11,[rsp-0x30]
  11: cmp r11,[r15+0x18]
  15: jb near 0x38
  1b: mov rsp,r11
  1e: lzcnt rax,rdi
  23: tzcnt rcx,rdi
  28: add rax,rcx
  2b: popcnt rcx,rdi
  30: add rax,rcx
  33: mov rsp,rbp
  36: pop rbp
  37: ret
  38: mov eax,9
  3d: call 0xFFFFFFFFFFFFFFAE

;; func 2 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: lea r11,[rsp-0x30]
  10: cmp r11,[r15+0x18]
  14: jb near 0x2D
  1a: mov rsp,r11
  1d: movsx eax,dil
  21: movsx ecx,di
  25: add eax,ecx
  28: mov rsp,rbp
  2b: pop rbp
  2c: ret
  2d: mov eax,9
  32: call 0xFFFFFFFFFFFFFF6C

;; func 3 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: lea r11,[rsp-0x30]
  11: cmp r11,[r15+0x18]
  15: jb near 0x34
  1b: mov rsp,r11
  1e: movsx rax,dil
  22: movsx rcx,di
  26: add rax,rcx
  29: movsxd rcx,edi
  2c: add rax,rcx
  2f: mov rsp,rbp
  32: pop rbp
  33: ret
  34: mov eax,9
  39: call 0xFFFFFFFFFFFFFF35

