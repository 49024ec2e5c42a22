;; func 0 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x30
   b: mov eax,0x2A
  11: mov rsp,rbp
  14: pop rbp
  15: ret

;; func 1 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x30
   b: mov eax,0xA8
  11: mov rsp,rbp
  14: pop rbp
  15: ret

;; func 2 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x30
   b: mov eax,1
  11: mov rsp,rbp
  14: pop rbp
  15: ret

;; func 3 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x30
   b: mov ecx,0
  11: mov eax,1
  17: jmp 0x25
  1c: cdq
  1d: idiv ecx
  20: mov rsp,rbp
  23: pop rbp
  24: ret
  25: mov eax,7
  2a: call 0xFFFFFFFFFFFFFE0F

;; func 4 
   0: push rbp
   1: mov rbp,rsp
   4: sub rsp,0x20
   b: mov eax,5
  11: jmp 0x1C
  16: mov eax,6
  1c: mov rsp,rbp
  1f: pop rbp
  20: ret

