;; func 1 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: push rbp
   9: mov rbp,rsp
   c: sub rsp,0x60
  13: mov r10d,[r15+0x50]
  17: lea eax,[r10-4]
  1b: mov r10d,eax
  1e: mov [r15+0x50],eax
  22: cmp r10d,0x6B4
  29: jge near 0x85
  2f: mov dword [rsp],0x86D0
  37: mov dword [rsp+8],0x8700
  3f: mov dword [rsp+0x10],1
  47: mov dword [rsp+0x18],1
  4f: cmp rsp,[r15+0x18]
  53: jb near 0xBB
  59: mov rax,[r15+0x30]
  5d: mov [rbp-8],r15
  61: mov r15,[rax+8]
  68: mov r14,[r15+8]
  6f: call qword [rax]
  75: mov r15,[rbp-8]
  79: mov r14,[r15+8]
  80: jmp 0xB1
  85: mov dword [r14+r10],0
  8d: mov [r14+r10],edi
  91: mov eax,esi
  94: shl eax,2
  98: add eax,edi
  9b: movss xmm0,[r14+rax]
  a1: lea eax,[r10+4]
  a5: mov r10d,eax
  a8: mov [r15+0x50],eax
  ac: mov rsp,rbp
  af: pop rbp
  b0: ret
  b1: mov eax,1
  b6: call 0xFFFFFFFFFFFFFE51
  bb: call 0xFFFFFFFFFFFFFE62
  c0: jmp 0x4F

