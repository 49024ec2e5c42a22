/* interp: a switch-dispatched bytecode interpreter (a small stack machine)
 * running a program that computes a checksum over nested loops
 * (br_table dispatch, indirect branches, memory-held operand stack). */
#include "bench.h"

enum op { PUSH, LOAD, STORE, ADD, SUB, MUL, XOR, SHR, AND, LT, JZ, JMP, DUP, DROP, HALT };

/* The program (assembled by run()): acc = 0; for i in 0..OUTER:
 * for j in 0..INNER: acc = (acc * 31 + (i ^ j)) & 0xFFFFFFF; result acc.
 * Locals: 0 = i, 1 = j, 2 = acc. */
#define OUTER 1500
#define INNER 10000
static i32 code[128];
static i32 stack[256];
static i32 locals[8];

static i32 execute(const i32 *pc0) {
    const i32 *pc = pc0;
    i32 *sp = stack;
    for (;;) {
        switch (*pc++) {
        case PUSH: *sp++ = *pc++; break;
        case LOAD: *sp++ = locals[*pc++]; break;
        case STORE: locals[*pc++] = *--sp; break;
        case ADD: sp--; sp[-1] += sp[0]; break;
        case SUB: sp--; sp[-1] -= sp[0]; break;
        case MUL: sp--; sp[-1] *= sp[0]; break;
        case XOR: sp--; sp[-1] ^= sp[0]; break;
        case SHR: sp--; sp[-1] = (i32)((u32)sp[-1] >> (sp[0] & 31)); break;
        case AND: sp--; sp[-1] &= sp[0]; break;
        case LT: sp--; sp[-1] = sp[-1] < sp[0]; break;
        case JZ: { i32 t = *pc++; if (*--sp == 0) pc = pc0 + t; break; }
        case JMP: pc = pc0 + *pc; break;
        case DUP: sp[0] = sp[-1]; sp++; break;
        case DROP: sp--; break;
        case HALT: return *--sp;
        default: return -1;
        }
    }
}

BENCH_EXPORT u64 run(void) {
    /* Assemble the program with labels resolved here, so offsets stay right. */
    i32 n = 0;
#define EMIT(x) (code[n++] = (x))
    EMIT(PUSH); EMIT(0); EMIT(STORE); EMIT(2);
    EMIT(PUSH); EMIT(0); EMIT(STORE); EMIT(0);
    i32 outer_top = n;
    EMIT(LOAD); EMIT(0); EMIT(PUSH); EMIT(OUTER); EMIT(LT); EMIT(JZ);
    i32 outer_exit = n; EMIT(0);
    EMIT(PUSH); EMIT(0); EMIT(STORE); EMIT(1);
    i32 inner_top = n;
    EMIT(LOAD); EMIT(1); EMIT(PUSH); EMIT(INNER); EMIT(LT); EMIT(JZ);
    i32 inner_exit = n; EMIT(0);
    EMIT(LOAD); EMIT(2); EMIT(PUSH); EMIT(31); EMIT(MUL);
    EMIT(LOAD); EMIT(0); EMIT(LOAD); EMIT(1); EMIT(XOR); EMIT(ADD);
    EMIT(PUSH); EMIT(0xFFFFFFF); EMIT(AND); EMIT(STORE); EMIT(2);
    EMIT(LOAD); EMIT(1); EMIT(PUSH); EMIT(1); EMIT(ADD); EMIT(STORE); EMIT(1);
    EMIT(JMP); EMIT(inner_top);
    code[inner_exit] = n;
    EMIT(LOAD); EMIT(0); EMIT(PUSH); EMIT(1); EMIT(ADD); EMIT(STORE); EMIT(0);
    EMIT(JMP); EMIT(outer_top);
    code[outer_exit] = n;
    EMIT(LOAD); EMIT(2); EMIT(HALT);
#undef EMIT
    return mix(0, (u32)execute(code));
}
