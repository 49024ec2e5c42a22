;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x3F
  16: mov rsp,r11
  19: lzcnt eax,[rbp+0x10]
  22: tzcnt ecx,[rbp+0x10]
  2b: add eax,ecx
  2e: popcnt ecx,[rbp+0x10]
  37: add eax,ecx
  3a: mov rsp,rbp
  3d: pop rbp
  3e: ret
  3f: mov eax,9
  44: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x3F
  16: mov rsp,r11
  19: lzcnt rax,[rbp+0x10]
  22: tzcnt rcx,[rbp+0x10]
  2b: add rax,rcx
  2e: popcnt rcx,[rbp+0x10]
  37: add rax,rcx
  3a: mov rsp,rbp
  3d: pop rbp
  3e: ret
  3f: mov eax,9
  44: call 0xFFFFFFFFFFFFFFA6

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x31
  16: mov rsp,r11
  19: movsx eax,byte [rbp+0x10]
  21: movsx ecx,word [rbp+0x10]
  29: add eax,ecx
  2c: mov rsp,rbp
  2f: pop rbp
  30: ret
  31: mov eax,9
  36: call 0xFFFFFFFFFFFFFF5D

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x3B
  16: mov rsp,r11
  19: movsx rax,byte [rbp+0x10]
  21: movsx rcx,word [rbp+0x10]
  29: add rax,rcx
  2c: movsxd rcx,[rbp+0x10]
  33: add rax,rcx
  36: mov rsp,rbp
  39: pop rbp
  3a: ret
  3b: mov eax,9
  40: call 0xFFFFFFFFFFFFFF22

