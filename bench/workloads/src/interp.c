/* Switch-dispatch interpreter loop: a tiny stack-machine bytecode VM whose dense switch
 * lowers to br_table. The bytecode computes Collatz step counts with an FNV-style hash of
 * the visited values. Exercises indirect branching, a local operand stack and i32 ops. */
#include <stdint.h>

enum { PUSH, LOAD, STORE, ADD, MUL, AND, XOR, SHR, LT, EQ, JMP, JZ, JNZ, INC, HALT };

#define LIMIT 1500
enum { I, X, STEPS, HASH, SLOTS };

typedef struct {
    int32_t code[256];
    int32_t size;
} Program;

static void emit(Program *p, int32_t op) { p->code[p->size++] = op; }
static void emit2(Program *p, int32_t op, int32_t arg) { emit(p, op); emit(p, arg); }
/* Emits a jump whose target is patched later; returns the operand's position. */
static int32_t emit_jump(Program *p, int32_t op) { emit2(p, op, -1); return p->size - 1; }
static void patch(Program *p, int32_t at) { p->code[at] = p->size; }

static void assemble(Program *p) {
    p->size = 0;
    int32_t loop_i = p->size;                    /* while (i < LIMIT) */
    emit2(p, LOAD, I); emit2(p, PUSH, LIMIT); emit(p, LT);
    int32_t to_end = emit_jump(p, JZ);
    emit2(p, LOAD, I); emit2(p, STORE, X);
    int32_t inner = p->size;                     /* while (x != 1) */
    emit2(p, LOAD, X); emit2(p, PUSH, 1); emit(p, EQ);
    int32_t to_next = emit_jump(p, JNZ);
    emit2(p, LOAD, X); emit2(p, PUSH, 1); emit(p, AND);
    int32_t to_even = emit_jump(p, JZ);
    emit2(p, LOAD, X); emit2(p, PUSH, 3); emit(p, MUL); emit2(p, PUSH, 1); emit(p, ADD);
    emit2(p, STORE, X);
    int32_t to_count = emit_jump(p, JMP);
    patch(p, to_even);                           /* x = x >> 1 */
    emit2(p, LOAD, X); emit2(p, PUSH, 1); emit(p, SHR); emit2(p, STORE, X);
    patch(p, to_count);                          /* steps++; hash = (hash ^ x) * prime */
    emit2(p, INC, STEPS);
    emit2(p, LOAD, HASH); emit2(p, LOAD, X); emit(p, XOR); emit2(p, PUSH, 16777619); emit(p, MUL);
    emit2(p, STORE, HASH);
    emit2(p, JMP, inner);
    patch(p, to_next);                           /* i++ */
    emit2(p, INC, I);
    emit2(p, JMP, loop_i);
    patch(p, to_end);
    emit2(p, LOAD, STEPS); emit2(p, LOAD, HASH); emit(p, XOR);
    emit(p, HALT);
}

__attribute__((noinline)) static uint32_t execute(const int32_t *code, uint32_t *slots) {
    /* Unsigned values: wrap-around is defined, as in Wasm. */
    uint32_t stack[16];
    int32_t sp = 0, pc = 0;
    for (;;) {
        switch (code[pc++]) {
        case PUSH: stack[sp++] = (uint32_t)code[pc++]; break;
        case LOAD: stack[sp++] = slots[code[pc++]]; break;
        case STORE: slots[code[pc++]] = stack[--sp]; break;
        case ADD: sp--; stack[sp - 1] += stack[sp]; break;
        case MUL: sp--; stack[sp - 1] *= stack[sp]; break;
        case AND: sp--; stack[sp - 1] &= stack[sp]; break;
        case XOR: sp--; stack[sp - 1] ^= stack[sp]; break;
        case SHR: sp--; stack[sp - 1] >>= stack[sp]; break;
        case LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp]; break;
        case EQ: sp--; stack[sp - 1] = stack[sp - 1] == stack[sp]; break;
        case JMP: pc = code[pc]; break;
        case JZ: pc = stack[--sp] == 0 ? code[pc] : pc + 1; break;
        case JNZ: pc = stack[--sp] != 0 ? code[pc] : pc + 1; break;
        case INC: slots[code[pc++]]++; break;
        case HALT: return stack[sp - 1];
        default: return 0;
        }
    }
}

int64_t run(void) {
    static Program program;
    assemble(&program);
    uint32_t slots[SLOTS] = {1, 0, 0, 2166136261u};
    uint32_t result = execute(program.code, slots);
    return (int64_t)slots[STEPS] * 4294967296LL + result;
}
