;; func 0 pair
   0: mov edi,[rsp+8]
   4: mov rsi,[rsp+0x10]
   9: push rbp
   a: mov rbp,rsp
   d: sub rsp,0x30
  14: mov [rbp-0x10],rsi
  18: mov [rbp-0x18],rdi
  1c: mov r11,[rbp-0x18]
  20: mov [rbp+0x18],r11
  24: mov rax,[rbp-0x10]
  28: mov rsp,rbp
  2b: pop rbp
  2c: ret

;; func 1 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: mov [rbp-0x10],rdi
  13: mov dword [rbp-0x18],3
  1a: mov eax,[rbp-0x10]
  1d: add eax,[rbp-0x18]
  20: mov rsp,rbp
  23: pop rbp
  24: ret

;; func 2 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: sub rsp,0x30
  13: mov [rbp-0x10],rdi
  17: test esi,esi
  1a: je near 0x30
  20: mov eax,[rbp-0x10]
  23: add eax,1
  27: mov [rbp-0x10],rax
  2b: jmp 0x3B
  30: mov eax,[rbp-0x10]
  33: sub eax,2
  37: mov [rbp-0x10],rax
  3b: mov eax,[rbp-0x10]
  3e: mov rsp,rbp
  41: pop rbp
  42: ret

;; func 3 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: mov [rbp-0x10],rdi
  13: cmp rsp,[r15+0x18]
  17: jb near 0x35
  1d: mov edi,[rbp-0x10]
  20: sub edi,1
  24: test edi,edi
  27: mov [rbp-0x10],rdi
  2b: jne short 0x13
  2d: mov eax,[rbp-0x10]
  30: mov rsp,rbp
  33: pop rbp
  34: ret
  35: call 0xFFFFFFFFFFFFFDCD
  3a: jmp 0x13

;; func 4 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x3E
  16: mov rsp,r11
  19: mov edi,1
  1f: mov esi,2
  25: call 0xFFFFFFFFFFFFFF35
  2a: mov r11,[rsp+8]
  2f: mov [rbp-0x18],r11
  33: mov eax,0
  39: mov rsp,rbp
  3c: pop rbp
  3d: ret
  3e: call 0xFFFFFFFFFFFFFD8E
  43: jmp 4

