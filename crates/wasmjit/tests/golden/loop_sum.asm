;; func 0 sum
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: cmp r11,[r15+0x18]
  10: jb near 0x56
  16: mov rsp,r11
  19: mov ebx,[rbp+0x10]
  1c: mov r12d,[rbp+0x18]
  20: xor r13d,r13d
  23: cmp rsp,[r15+0x18]
  27: jb near 0x56
  2d: test r12d,r12d
  30: je near 0x4E
  36: mov eax,[r14+rbx]
  3e: add r13d,eax
  41: add ebx,4
  45: sub r12d,1
  49: jmp 0x23
  4e: mov eax,r13d
  51: mov rsp,rbp
  54: pop rbp
  55: ret
  56: mov eax,9
  5b: call 0xFFFFFFFFFFFFFFEF

