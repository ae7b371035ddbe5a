package dev.jwasm.runtime;

import dev.jwasm.parser.model.ExternKind;

/** Something an instance can import or export: a function, table, memory, global or tag. */
public sealed interface Extern permits WasmFunction, Table, Memory, Global, Tag {

    ExternKind kind();
}
