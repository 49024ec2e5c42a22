;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x5B
  1e: mov rsp,r11
  21: movss xmm0,[rbp+0x10]
  26: addss xmm0,[rbp+0x18]
  2f: movss xmm1,[rbp+0x10]
  34: subss xmm1,[rbp+0x18]
  3d: mulss xmm0,xmm1
  42: mov r11,0x40400000
  4c: movq xmm15,r11
  51: divss xmm0,xmm15
  56: mov rsp,rbp
  59: pop rbp
  5a: ret
  5b: mov eax,9
  60: call 0xFFFFFFFFFFFFFFEF

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: lea r11,[rsp-0x30]
   c: mov rax,[r15+0x18]
  13: cmp r11,[rax]
  18: jb near 0x5B
  1e: mov rsp,r11
  21: movsd xmm0,[rbp+0x10]
  26: addsd xmm0,[rbp+0x18]
  2f: movsd xmm1,[rbp+0x10]
  34: subsd xmm1,[rbp+0x18]
  3d: mulsd xmm0,xmm1
  42: mov r11,0x4008000000000000
  4c: movq xmm15,r11
  51: divsd xmm0,xmm15
  56: mov rsp,rbp
  59: pop rbp
  5a: ret
  5b: mov eax,9
  60: call 0xFFFFFFFFFFFFFF8A

