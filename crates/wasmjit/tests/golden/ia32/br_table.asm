;; func 0 switch
   0: push ebp
   1: mov ebp,esp
   3: lea edi,[esp-0x28]
   a: cmp edi,[esi+0xC]
  10: jb near 0x78
  16: mov esp,edi
  18: mov [ebp-8],esi
  1b: mov edi,[ebp+0x10]
  22: cmp edi,3
  28: jae near 0x4C
  2e: call 0x33
  33: pop eax
  34: add eax,0xD
  39: mov edi,[eax+edi*4]
  3c: add edi,eax
  3e: jmp edi
  40: adc [eax],eax
  42: add [eax],al
  44: sbb eax,[eax]
  46: add [eax],al
  48: and eax,0xE9000000
  4d: push ds
  4e: add [eax],al
  50: add [eax+0xA],bh
  56: jmp 0x74
  5b: mov eax,0x14
  60: jmp 0x74
  65: mov eax,0x1E
  6a: jmp 0x74
  6f: mov eax,0x28
  74: mov esp,ebp
  76: pop ebp
  77: ret
  78: mov eax,9
  7d: call 0xFFFFFFF2

