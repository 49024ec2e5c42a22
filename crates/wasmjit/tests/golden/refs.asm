;; func 0 f
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x10]
   c: cmp r11,[r15+0x18]
  10: jb near 0x1E
  16: mov rsp,r11
  19: mov rsp,rbp
  1c: pop rbp
  1d: ret
  1e: mov eax,9
  23: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x24
  16: mov rsp,r11
  19: mov eax,0
  1f: mov rsp,rbp
  22: pop rbp
  23: ret
  24: mov eax,9
  29: call 0xFFFFFFFFFFFFFFC7

;; func 2 
   0: mov rdi,[rsp+8]
   5: push rbp
   6: mov rbp,rsp
   9: lea r11,[rsp-0x20]
  11: cmp r11,[r15+0x18]
  15: jb near 0x3A
  1b: mov rsp,r11
  1e: mov [rbp+0x10],rdi
  22: cmp qword [rbp+0x10],0
  2d: sete al
  31: movzx eax,al
  35: mov rsp,rbp
  38: pop rbp
  39: ret
  3a: mov eax,9
  3f: call 0xFFFFFFFFFFFFFF99

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x25
  16: mov rsp,r11
  19: mov rax,[r15+0x30]
  20: mov rsp,rbp
  23: pop rbp
  24: ret
  25: mov eax,9
  2a: call 0xFFFFFFFFFFFFFF55

;; func 4 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x20]
   c: cmp r11,[r15+0x18]
  10: jb near 0x30
  16: mov rsp,r11
  19: mov rax,[r15+0x30]
  20: test rax,rax
  23: sete al
  27: movzx eax,al
  2b: mov rsp,rbp
  2e: pop rbp
  2f: ret
  30: mov eax,9
  35: call 0xFFFFFFFFFFFFFF26

