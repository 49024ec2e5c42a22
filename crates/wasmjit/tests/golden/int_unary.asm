;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x47
  1e: mov rsp,r11
  21: lzcnt eax,[rbp+0x10]
  2a: tzcnt ecx,[rbp+0x10]
  33: add eax,ecx
  36: popcnt ecx,[rbp+0x10]
  3f: add eax,ecx
  42: mov rsp,rbp
  45: pop rbp
  46: ret
  47: mov eax,9
  4c: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x47
  1e: mov rsp,r11
  21: lzcnt rax,[rbp+0x10]
  2a: tzcnt rcx,[rbp+0x10]
  33: add rax,rcx
  36: popcnt rcx,[rbp+0x10]
  3f: add rax,rcx
  42: mov rsp,rbp
  45: pop rbp
  46: ret
  47: mov eax,9
  4c: call 0xFFFFFFFFFFFFFF9E

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x39
  1e: mov rsp,r11
  21: movsx eax,byte [rbp+0x10]
  29: movsx ecx,word [rbp+0x10]
  31: add eax,ecx
  34: mov rsp,rbp
  37: pop rbp
  38: ret
  39: mov eax,9
  3e: call 0xFFFFFFFFFFFFFF4D

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x43
  1e: mov rsp,r11
  21: movsx rax,byte [rbp+0x10]
  29: movsx rcx,word [rbp+0x10]
  31: add rax,rcx
  34: movsxd rcx,[rbp+0x10]
  3b: add rax,rcx
  3e: mov rsp,rbp
  41: pop rbp
  42: ret
  43: mov eax,9
  48: call 0xFFFFFFFFFFFFFF0A

