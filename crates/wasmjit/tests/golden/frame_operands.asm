;; func 0 
   0: mov edi,[rsp+8]
   4: mov esi,[rsp+0x10]
   8: mov r8,[rsp+0x18]
   d: mov r9,[rsp+0x20]
  12: push rbp
  13: mov rbp,rsp
  16: sub rsp,0x60
  1d: mov [rbp-0x10],rsi
  21: mov [rbp-0x18],rsi
  25: mov [rbp-0x20],rsi
  29: mov [rbp-0x28],r9
  2d: mov eax,edi
  30: add eax,[rbp-0x10]
  33: sub eax,[rbp-0x10]
  36: and eax,[rbp-0x10]
  39: or eax,[rbp-0x10]
  3c: xor eax,[rbp-0x10]
  3f: imul eax,[rbp-0x10]
  43: mov [rbp-0x30],rax
  47: mov rax,r8
  4a: add rax,[rbp-0x28]
  4e: imul rax,[rbp-0x28]
  53: cmp rax,[rbp-0x28]
  57: setl al
  5b: movzx eax,al
  5f: add eax,[rbp-0x30]
  62: lzcnt ecx,[rbp-0x18]
  67: add eax,ecx
  6a: tzcnt ecx,[rbp-0x18]
  6f: add eax,ecx
  72: popcnt ecx,[rbp-0x18]
  77: add eax,ecx
  7a: movsx ecx,byte [rbp-0x18]
  7e: add eax,ecx
  81: movsx ecx,word [rbp-0x18]
  85: add eax,ecx
  88: popcnt rcx,[rbp-0x28]
  8e: mov ecx,ecx
  91: add eax,ecx
  94: cmp dword [rbp-0x20],5
  98: setl cl
  9c: movzx ecx,cl
  a0: add eax,ecx
  a3: cmp dword [rbp-0x20],0x1F4
  aa: seta cl
  ae: movzx ecx,cl
  b2: add eax,ecx
  b5: cmp dword [rbp-0x20],0
  b9: sete cl
  bd: movzx ecx,cl
  c1: add eax,ecx
  c4: mov rsp,rbp
  c7: pop rbp
  c8: ret

;; func 1 
   0: movsd xmm1,[rsp+8]
   6: movsd xmm2,[rsp+0x10]
   c: movss xmm3,[rsp+0x18]
  12: movss xmm4,[rsp+0x20]
  18: push rbp
  19: mov rbp,rsp
  1c: sub rsp,0x50
  23: movsd [rbp-0x10],xmm2
  28: movsd [rbp-0x18],xmm4
  2d: movaps xmm0,xmm1
  31: addsd xmm0,[rbp-0x10]
  36: subsd xmm0,[rbp-0x10]
  3b: mulsd xmm0,[rbp-0x10]
  40: divsd xmm0,[rbp-0x10]
  45: movaps xmm5,xmm3
  49: mulss xmm5,[rbp-0x18]
  4e: divss xmm5,[rbp-0x18]
  53: cvtss2sd xmm5,xmm5
  58: addsd xmm0,xmm5
  5d: movsd xmm15,[rbp-0x10]
  63: ucomisd xmm15,xmm1
  68: movsd xmm5,[rel 0x97]
  71: ja near 0x80
  77: movsd xmm5,[rel 0xA7]
  80: addsd xmm0,xmm5
  85: mov rsp,rbp
  88: pop rbp
  89: ret
  8a: int3
  8b: int3
  8c: int3
  8d: int3
  8e: int3
  8f: int3
  90: int3
  91: int3
  92: int3
  93: int3
  94: int3
  95: int3
  96: int3
  97: add [rax],al
  99: add [rax],al
  9b: add [rax],al
  9d: (bad)
  a0: add [rax],al
  a2: add [rax],al
  a4: add [rax],al
  a6: add [rax],al
  a8: add [rax],al
  aa: add [rax],al
  ac: add [rax],al
  ae: add [rax],al
  b1: add [rax],al
  b3: add [rax],al
  b5: add [rax],al

;; func 2 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0xD0
   f: xor eax,eax
  11: lea r11,[rbp-0xB0]
  18: mov ecx,0x14
  1d: mov [r11+rcx*8],rax
  22: dec ecx
  24: jne near 0x1D
  2a: lea eax,[rdi+1]
  2d: mov [rbp-0xA8],rax
  34: mov eax,[rbp-0xA8]
  3a: add eax,edi
  3d: cmp dword [rbp-0xA8],7
  44: setb cl
  48: movzx ecx,cl
  4c: add eax,ecx
  4f: mov rsp,rbp
  52: pop rbp
  53: ret

