;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x44
  1e: mov rsp,r11
  21: cmp dword [rbp+0x10],0
  2b: mov eax,[rbp+0x10]
  2e: jne near 0x3F
  34: add eax,1
  38: imul eax,2
  3f: mov rsp,rbp
  42: pop rbp
  43: ret
  44: mov eax,9
  49: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x4F
  1e: mov rsp,r11
  21: cmp dword [rbp+0x18],0
  2b: movsd xmm0,[rbp+0x10]
  30: jne near 0x4A
  36: mov r11,0x4000000000000000
  40: movq xmm15,r11
  45: mulsd xmm0,xmm15
  4a: mov rsp,rbp
  4d: pop rbp
  4e: ret
  4f: mov eax,9
  54: call 0xFFFFFFFFFFFFFFA1

