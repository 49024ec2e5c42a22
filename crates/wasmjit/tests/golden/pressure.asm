;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x80
   f: lea eax,[rdi+1]
  12: lea ecx,[rdi+2]
  15: lea edx,[rdi+3]
  18: lea esi,[rdi+4]
  1b: lea r8d,[rdi+5]
  1f: lea r9d,[rdi+6]
  23: lea r10d,[rdi+7]
  27: mov [rbp-0x10],rax
  2b: lea eax,[rdi+8]
  2e: mov [rbp-0x18],rcx
  32: lea ecx,[rdi+9]
  35: mov [rbp-0x20],rdx
  39: lea edx,[rdi+0xA]
  3c: mov [rbp-0x28],rsi
  40: lea esi,[rdi+0xB]
  43: mov [rbp-0x30],r8
  47: lea r8d,[rdi+0xC]
  4b: imul esi,r8d
  4f: imul edx,esi
  53: imul ecx,edx
  57: imul eax,ecx
  5b: imul r10d,eax
  5f: imul r9d,r10d
  63: imul r9d,[rbp-0x30]
  68: imul r9d,[rbp-0x28]
  6d: imul r9d,[rbp-0x20]
  72: imul r9d,[rbp-0x18]
  77: imul r9d,[rbp-0x10]
  7c: mov eax,r9d
  7f: mov rsp,rbp
  82: pop rbp
  83: ret

;; func 1 
   0: movsd xmm1,[rsp+8]
   6: push rbp
   7: mov rbp,rsp
   a: sub rsp,0xB0
  11: movaps xmm0,xmm1
  15: addsd xmm0,[rel 0x15C]
  1e: movaps xmm2,xmm1
  22: addsd xmm2,[rel 0x16C]
  2b: movaps xmm3,xmm1
  2f: addsd xmm3,[rel 0x17C]
  38: movaps xmm4,xmm1
  3c: addsd xmm4,[rel 0x18C]
  45: movaps xmm5,xmm1
  49: addsd xmm5,[rel 0x19C]
  52: movaps xmm6,xmm1
  56: addsd xmm6,[rel 0x1AC]
  5f: movaps xmm7,xmm1
  63: addsd xmm7,[rel 0x1BC]
  6c: movaps xmm8,xmm1
  70: addsd xmm8,[rel 0x1CC]
  79: movaps xmm9,xmm1
  7d: addsd xmm9,[rel 0x1DC]
  86: movaps xmm10,xmm1
  8a: addsd xmm10,[rel 0x1EC]
  93: movaps xmm11,xmm1
  97: addsd xmm11,[rel 0x1FC]
  a0: movaps xmm12,xmm1
  a4: addsd xmm12,[rel 0x20C]
  ad: movaps xmm13,xmm1
  b1: addsd xmm13,[rel 0x21C]
  ba: movaps xmm14,xmm1
  be: addsd xmm14,[rel 0x22C]
  c7: movsd [rbp-0x10],xmm0
  cc: movaps xmm0,xmm1
  d0: addsd xmm0,[rel 0x23C]
  d9: movsd [rbp-0x18],xmm2
  de: movaps xmm2,xmm1
  e2: addsd xmm2,[rel 0x24C]
  eb: movsd [rbp-0x20],xmm3
  f0: movaps xmm3,xmm1
  f4: addsd xmm3,[rel 0x25C]
  fd: addsd xmm2,xmm3
 102: addsd xmm0,xmm2
 107: addsd xmm14,xmm0
 10c: addsd xmm13,xmm14
 111: addsd xmm12,xmm13
 116: addsd xmm11,xmm12
 11b: addsd xmm10,xmm11
 120: addsd xmm9,xmm10
 125: addsd xmm8,xmm9
 12a: addsd xmm7,xmm8
 12f: addsd xmm6,xmm7
 134: addsd xmm5,xmm6
 139: addsd xmm4,xmm5
 13e: addsd xmm4,[rbp-0x20]
 143: addsd xmm4,[rbp-0x18]
 148: addsd xmm4,[rbp-0x10]
 14d: movaps xmm0,xmm4
 151: mov rsp,rbp
 154: pop rbp
 155: ret
 156: int3
 157: int3
 158: int3
 159: int3
 15a: int3
 15b: int3
 15c: add [rax],al
 15e: add [rax],al
 160: add [rax],al
 162: (bad)
 165: add [rax],al
 167: add [rax],al
 169: add [rax],al
 16b: add [rax],al
 16d: add [rax],al
 16f: add [rax],al
 171: add [rax],al
 173: add [rax],al
 176: add [rax],al
 178: add [rax],al
 17a: add [rax],al
 17c: add [rax],al
 17e: add [rax],al
 180: add [rax],al
 182: or [rax],al
 185: add [rax],al
 187: add [rax],al
 189: add [rax],al
 18b: add [rax],al
 18d: add [rax],al
 18f: add [rax],al
 191: add [rax],dl
 193: add [rax],al
 196: add [rax],al
 198: add [rax],al
 19a: add [rax],al
 19c: add [rax],al
 19e: add [rax],al
 1a0: add [rax],al
 1a2: adc al,0x40
 1a4: add [rax],al
 1a6: add [rax],al
 1a8: add [rax],al
 1aa: add [rax],al
 1ac: add [rax],al
 1ae: add [rax],al
 1b0: add [rax],al
 1b2: sbb [rax],al
 1b5: add [rax],al
 1b7: add [rax],al
 1b9: add [rax],al
 1bb: add [rax],al
 1bd: add [rax],al
 1bf: add [rax],al
 1c1: add [rax+rax*2],bl
 1c4: add [rax],al
 1c6: add [rax],al
 1c8: add [rax],al
 1ca: add [rax],al
 1cc: add [rax],al
 1ce: add [rax],al
 1d0: add [rax],al
 1d2: and [rax],al
 1d5: add [rax],al
 1d7: add [rax],al
 1d9: add [rax],al
 1db: add [rax],al
 1dd: add [rax],al
 1df: add [rax],al
 1e1: add [rdx],ah
 1e3: add [rax],al
 1e6: add [rax],al
 1e8: add [rax],al
 1ea: add [rax],al
 1ec: add [rax],al
 1ee: add [rax],al
 1f0: add [rax],al
 1f2: and al,0x40
 1f4: add [rax],al
 1f6: add [rax],al
 1f8: add [rax],al
 1fa: add [rax],al
 1fc: add [rax],al
 1fe: add [rax],al
 200: add [rax],al
 202: add [rax],al
 206: add [rax],al
 208: add [rax],al
 20a: add [rax],al
 20c: add [rax],al
 20e: add [rax],al
 210: add [rax],al
 212: sub [rax],al
 215: add [rax],al
 217: add [rax],al
 219: add [rax],al
 21b: add [rax],al
 21d: add [rax],al
 21f: add [rax],al
 221: add [rdx],ch
 223: add [rax],al
 226: add [rax],al
 228: add [rax],al
 22a: add [rax],al
 22c: add [rax],al
 22e: add [rax],al
 230: add [rax],al
 232: sub al,0x40
 234: add [rax],al
 236: add [rax],al
 238: add [rax],al
 23a: add [rax],al
 23c: add [rax],al
 23e: add [rax],al
 240: add [rax],al
 242: add [rax],al
 246: add [rax],al
 248: add [rax],al
 24a: add [rax],al
 24c: add [rax],al
 24e: add [rax],al
 250: add [rax],al
 252: xor [rax],al
 255: add [rax],al
 257: add [rax],al
 259: add [rax],al
 25b: add [rax],al
 25d: add [rax],al
 25f: add [rax],al
 261: add [rcx],dh
 263: add [rax],al
 266: add [rax],al
 268: add [rax],al
 26a: add [rax],al

