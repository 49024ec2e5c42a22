;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x40]
   c: cmp r11,[r15+0x18]
  10: jb near 0x4A
  16: mov rsp,r11
  19: mov r13d,[rbp+0x10]
  1d: xor ebx,ebx
  20: cmp rsp,[r15+0x18]
  24: jb near 0x4A
  2a: cmp ebx,r13d
  2d: setl r12b
  31: movzx r12d,r12b
  35: add ebx,1
  39: test r12d,r12d
  3c: jne near 0x20
  42: mov eax,r12d
  45: mov rsp,rbp
  48: pop rbp
  49: ret
  4a: mov eax,9
  4f: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x38
  16: mov rsp,r11
  19: cmp qword [rbp+0x10],0
  24: setg al
  28: movzx eax,al
  2c: mov [rbp-0x10],rax
  30: mov eax,[rbp-0x10]
  33: mov rsp,rbp
  36: pop rbp
  37: ret
  38: mov eax,9
  3d: call 0xFFFFFFFFFFFFFF9B

