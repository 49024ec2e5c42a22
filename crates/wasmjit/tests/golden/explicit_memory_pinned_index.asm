;; func 0 
   0: mov edi,[rsp+8]
   4: push rbp
   5: mov rbp,rsp
   8: sub rsp,0x30
   f: xor r10d,r10d
  12: cmp rsp,[r15+0x18]
  16: jb near 0x8A
  1c: mov r11,[r15+0x10]
  23: mov r11,[r11+8]
  2b: sub r11,0x1004
  32: jb near 0x80
  38: cmp r10,r11
  3b: ja near 0x80
  41: mov eax,[r14+r10+0x1000]
  49: mov r11,[r15+0x10]
  50: mov r11,[r11+8]
  58: sub r11,4
  5f: jb near 0x80
  65: cmp r10,r11
  68: ja near 0x80
  6e: mov [r14+r10],eax
  72: add r10d,4
  76: cmp r10d,edi
  79: jb short 0x12
  7b: mov rsp,rbp
  7e: pop rbp
  7f: ret
  80: mov eax,2
  85: call 0xFFFFFFFFFFFFFE51
  8a: call 0xFFFFFFFFFFFFFE62
  8f: jmp 0x12

