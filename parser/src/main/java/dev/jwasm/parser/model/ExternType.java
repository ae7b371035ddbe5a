package dev.jwasm.parser.model;

/** The type of an import: a function (by type index), table, memory, global or tag. */
public sealed interface ExternType permits ExternType.Func, TableType, MemoryType, GlobalType, TagType {
    ExternKind kind();

    /** A function import, typed by an index into the module's types. */
    record Func(int typeIndex) implements ExternType {
        @Override
        public ExternKind kind() {
            return ExternKind.FUNC;
        }
    }
}
