;; func 0 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: movsd xmm1,[rsp+0x18]
   e: push rbp
   f: mov rbp,rsp
  12: sub rsp,0x50
  19: xor r9d,r9d
  1c: cmp rsp,[r15+0x18]
  20: jb near 0x82
  26: lea r10d,[rdi+r9]
  2b: movsd xmm0,[r14+r10]
  31: lea r8d,[rsi+r9]
  36: movsd xmm2,[r14+r8]
  3c: mulsd xmm2,xmm1
  41: addsd xmm0,xmm2
  46: movsd [r14+r10],xmm0
  4c: add r10d,8
  50: movsd xmm0,[r14+r10]
  56: lea eax,[r8+8]
  5a: movsd xmm2,[r14+rax]
  60: mulsd xmm2,xmm1
  65: addsd xmm0,xmm2
  6a: movsd [r14+r10],xmm0
  70: add r9d,0x10
  74: cmp r9d,0xA00
  7b: jne short 0x1C
  7d: mov rsp,rbp
  80: pop rbp
  81: ret
  82: call 0xFFFFFFFFFFFFFE62
  87: jmp 0x1C

;; func 1 
   0: mov esi,[rsp+0x10]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x40
   f: xor r9d,r9d
  12: cmp rsp,[r15+0x18]
  16: jb near 0x4B
  1c: mov r10d,esi
  1f: sub r10d,r9d
  22: imul r10d,0x140
  29: and r10d,esi
  2c: mov r10d,[r14+r10+4]
  34: mov eax,esi
  37: sub eax,r10d
  3a: mov r10d,eax
  3d: sub r9d,4
  41: jne short 0x12
  43: mov eax,r10d
  46: mov rsp,rbp
  49: pop rbp
  4a: ret
  4b: call 0xFFFFFFFFFFFFFDD6
  50: jmp 0x12

