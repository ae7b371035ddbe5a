package dev.jwasm.validator.internal;

import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.validator.InvalidModuleException;
import dev.jwasm.validator.types.TypeCodes;

/** Typing of the table, element-segment, bulk-memory and data-segment instructions. */
final class TableAndMemoryInstructions {
    private TableAndMemoryInstructions() {
    }

    /** Types {@code insn} if it is one of these instructions; returns false otherwise. */
    static boolean validate(CodeValidator v, Instruction insn, Opcode op) {
        ModuleContext ctx = v.ctx;
        switch (op) {
            case TABLE_GET: {
                int x = CodeValidator.index(insn);
                v.pop(ctx.tableAddress(x));
                v.push(ctx.tableElem[x]);
                return true;
            }
            case TABLE_SET: {
                int x = CodeValidator.index(insn);
                v.pop2(ctx.tableAddress(x), ctx.tableElem[x]);
                return true;
            }
            case TABLE_SIZE:
                v.push(ctx.tableAddress(CodeValidator.index(insn)));
                return true;
            case TABLE_GROW: {
                int x = CodeValidator.index(insn);
                int at = ctx.tableAddress(x);
                v.pop2(ctx.tableElem[x], at);
                v.push(at);
                return true;
            }
            case TABLE_FILL: {
                int x = CodeValidator.index(insn);
                int at = ctx.tableAddress(x);
                v.pop3(at, ctx.tableElem[x], at);
                return true;
            }
            case TABLE_COPY: {
                Instruction.TwoIndices t = CodeValidator.two(insn);
                int dstAt = ctx.tableAddress(t.first());
                int srcAt = ctx.tableAddress(t.second());
                int dst = ctx.tableElem[t.first()];
                int src = ctx.tableElem[t.second()];
                if (!v.registry.isSubtype(src, dst)) {
                    throw new InvalidModuleException("type mismatch: source element type " + ctx.typeName(src)
                            + " does not match destination element type " + ctx.typeName(dst));
                }
                v.pop3(dstAt, srcAt, min(dstAt, srcAt));
                return true;
            }
            case TABLE_INIT: {
                Instruction.TwoIndices t = CodeValidator.two(insn);
                int table = t.second();
                int at = ctx.tableAddress(table);
                int segment = ctx.elem(t.first());
                int elem = ctx.tableElem[table];
                if (!v.registry.isSubtype(segment, elem)) {
                    throw new InvalidModuleException("type mismatch: element segment's type " + ctx.typeName(segment)
                            + " does not match table's element type " + ctx.typeName(elem));
                }
                v.pop3(at, TypeCodes.I32, TypeCodes.I32);
                return true;
            }
            case ELEM_DROP:
                ctx.elem(CodeValidator.index(insn));
                return true;
            case MEMORY_SIZE:
                v.push(ctx.memoryAddress(CodeValidator.index(insn)));
                return true;
            case MEMORY_GROW: {
                int at = ctx.memoryAddress(CodeValidator.index(insn));
                v.pop(at);
                v.push(at);
                return true;
            }
            case MEMORY_FILL: {
                int at = ctx.memoryAddress(CodeValidator.index(insn));
                v.pop3(at, TypeCodes.I32, at);
                return true;
            }
            case MEMORY_COPY: {
                Instruction.TwoIndices t = CodeValidator.two(insn);
                int dstAt = ctx.memoryAddress(t.first());
                int srcAt = ctx.memoryAddress(t.second());
                v.pop3(dstAt, srcAt, min(dstAt, srcAt));
                return true;
            }
            case MEMORY_INIT: {
                Instruction.TwoIndices t = CodeValidator.two(insn);
                int at = ctx.memoryAddress(t.second());
                ctx.checkData(t.first());
                v.pop3(at, TypeCodes.I32, TypeCodes.I32);
                return true;
            }
            case DATA_DROP:
                ctx.checkData(CodeValidator.index(insn));
                return true;
            default:
                return false;
        }
    }

    /** The smaller of two address types: i32 unless both are i64. */
    private static int min(int a, int b) {
        return a == TypeCodes.I64 && b == TypeCodes.I64 ? TypeCodes.I64 : TypeCodes.I32;
    }
}
