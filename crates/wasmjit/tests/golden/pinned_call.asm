;; func 0 f
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x2F
  16: mov rsp,r11
  19: cmp rsp,[r15+0x18]
  1d: jb near 0x2F
  23: mov eax,[rbp+0x10]
  26: add eax,1
  2a: mov rsp,rbp
  2d: pop rbp
  2e: ret
  2f: mov eax,9
  34: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x5C
  16: mov rsp,r11
  19: mov r12d,[rbp+0x10]
  1d: xor ebx,ebx
  20: cmp rsp,[r15+0x18]
  24: jb near 0x5C
  2a: mov [rsp],rbx
  2f: mov [rbp+0x10],r12
  33: mov [rbp-0x10],rbx
  37: call 0xFFFFFFFFFFFFFFC7
  3c: mov r12,[rbp+0x10]
  40: mov rbx,[rbp-0x10]
  44: mov ebx,eax
  47: sub r12d,1
  4b: test r12d,r12d
  4e: jne near 0x20
  54: mov eax,ebx
  57: mov rsp,rbp
  5a: pop rbp
  5b: ret
  5c: mov eax,9
  61: call 0xFFFFFFFFFFFFFFB6

