package dev.jwasm.parser.binary;

import dev.jwasm.parser.Features;
import dev.jwasm.parser.MalformedModuleException;
import dev.jwasm.parser.model.ConstExpr;
import dev.jwasm.parser.model.CustomSection;
import dev.jwasm.parser.model.DataSegment;
import dev.jwasm.parser.model.ElementSegment;
import dev.jwasm.parser.model.Export;
import dev.jwasm.parser.model.ExternKind;
import dev.jwasm.parser.model.ExternType;
import dev.jwasm.parser.model.FunctionBody;
import dev.jwasm.parser.model.Global;
import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.Import;
import dev.jwasm.parser.model.Instruction;
import dev.jwasm.parser.model.Locals;
import dev.jwasm.parser.model.MemoryType;
import dev.jwasm.parser.model.NameSection;
import dev.jwasm.parser.model.Opcode;
import dev.jwasm.parser.model.RecType;
import dev.jwasm.parser.model.SegmentMode;
import dev.jwasm.parser.model.Table;
import dev.jwasm.parser.model.TagType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.parser.model.WasmModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decodes the binary format of a WebAssembly module (3.0, plus legacy exception handling,
 * threads, wide arithmetic and custom page sizes) into the module model.
 *
 * <p>Errors are {@link MalformedModuleException}s (in fact {@link MalformedBinaryException}s,
 * which carry the byte offset) with the spec testsuite's wording. The decoder is permissive
 * about features: instructions and types of a disabled feature decode, and the validator
 * rejects them; only encodings that are malformed without the feature (limits flags for
 * shared memories and custom page sizes) depend on {@link Features}.
 *
 * <p>Custom sections are kept as bytes, except a well-formed "name" section, which becomes
 * the {@link NameSection}, and the last well-formed "metadata.code.branch_hint" section
 * before the code section, whose hints go into the {@link FunctionBody}s when they fit the
 * code (else it too stays bytes).
 */
public final class ModuleDecoder {
    private static final int MAGIC = 0x6D736100;
    private static final int VERSION = 1;

    /** Position of each known section id in the required order (custom sections excepted). */
    private static final int[] ORDER = new int[14];

    static {
        int[] ids = {1, 2, 3, 4, 5, 13, 6, 7, 8, 9, 12, 10, 11};
        for (int i = 0; i < ids.length; i++) {
            ORDER[ids[i]] = i + 1;
        }
    }

    private final ByteReader in;
    private final TypeDecoder types;
    private final CodeDecoder code;

    private List<RecType> recTypes = List.of();
    private List<Import> imports = List.of();
    private List<Integer> functions = List.of();
    private List<Table> tables = List.of();
    private List<MemoryType> memories = List.of();
    private List<Global> globals = List.of();
    private List<TagType> tags = List.of();
    private List<Export> exports = List.of();
    private long startFunction = -1;
    private List<ElementSegment> elements = List.of();
    private long dataCount = -1;
    private List<FunctionBody> codes = List.of();
    private List<DataSegment> data = List.of();
    private final List<CustomSection> customSections = new ArrayList<>();
    private NameSection names = NameSection.EMPTY;
    private boolean namesDecoded;
    /** The branch hint section that may apply to the code section, until the code is known. */
    private PendingHints pendingHints;
    /** Per body, where its branches are; only while a branch hint section is pending. */
    private List<BranchHintSection.Branches> branches;

    /**
     * A well-formed branch hint section seen before the code section, with the raw section and
     * where it goes among the custom sections should it not fit the code after all.
     */
    private record PendingHints(List<BranchHintSection.FunctionHints> hints, CustomSection raw, int rawIndex) {
    }

    private ModuleDecoder(byte[] bytes, Features features) {
        this.in = new ByteReader(bytes);
        this.types = new TypeDecoder(in, features);
        this.code = new CodeDecoder(in, types);
    }

    /** Decodes a module with the WebAssembly 3.0 feature set. */
    public static WasmModule decode(byte[] bytes) {
        return decode(bytes, Features.wasm3());
    }

    /**
     * Decodes a module.
     *
     * @throws MalformedModuleException if the bytes are not a well-formed module
     */
    public static WasmModule decode(byte[] bytes, Features features) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(features, "features");
        return new ModuleDecoder(bytes, features).module();
    }

    private WasmModule module() {
        int magic = in.fixed32();
        if (magic != MAGIC) {
            throw in.errorAt(0, "magic header not detected");
        }
        int version = in.fixed32();
        if (version != VERSION) {
            throw in.errorAt(4, "unknown binary version");
        }
        int lastOrder = 0;
        int lastId = 0;
        while (!in.atEnd()) {
            int at = in.pos();
            int id = in.u8();
            if (id > 13) {
                throw in.errorAt(at, "malformed section id");
            }
            if (id == 0) {
                customSection(lastId);
                continue;
            }
            if (ORDER[id] <= lastOrder) {
                // a duplicate or out-of-order section: the module ended before it
                throw in.errorAt(at, "unexpected content after last section");
            }
            lastOrder = ORDER[id];
            lastId = id;
            int size = in.length();
            int start = in.pos();
            section(id);
            if (in.pos() != start + size) {
                throw in.errorAt(start, "section size mismatch");
            }
        }
        int end = in.end();
        if (functions.size() != codes.size()) {
            throw in.errorAt(end, "function and code section have inconsistent lengths");
        }
        if (dataCount >= 0 && dataCount != data.size()) {
            throw in.errorAt(end, "data count and data section have inconsistent lengths");
        }
        if (dataCount < 0 && code.usesDataIndex()) {
            throw in.errorAt(end, "data count section required");
        }
        attachBranchHints();
        return new WasmModule(recTypes, imports, functions, tables, memories, globals, tags, exports,
                startFunction, elements, dataCount, codes, data, customSections, names);
    }

    private void section(int id) {
        switch (id) {
            case 1:
                recTypes = typeSection();
                break;
            case 2:
                imports = importSection();
                break;
            case 3:
                functions = functionSection();
                break;
            case 4:
                tables = tableSection();
                break;
            case 5:
                memories = memorySection();
                break;
            case 6:
                globals = globalSection();
                break;
            case 7:
                exports = exportSection();
                break;
            case 8:
                startFunction = in.u32Long();
                break;
            case 9:
                elements = elementSection();
                break;
            case 10:
                codes = codeSection();
                break;
            case 11:
                data = dataSection();
                break;
            case 12:
                dataCount = in.u32Long();
                break;
            case 13:
                tags = tagSection();
                break;
            default:
                throw new IllegalStateException("section id " + id);
        }
    }

    private void customSection(int afterSection) {
        int size = in.length();
        int start = in.pos();
        String name = in.name();
        int contentStart = in.pos();
        int contentLength = size - (contentStart - start);
        in.skip(contentLength);
        if (name.equals("name") && !namesDecoded) {
            NameSection decoded = NameSectionDecoder.decode(in.array(), contentStart, contentStart + contentLength);
            if (decoded != null) {
                names = decoded;
                namesDecoded = true;
                return;
            }
            // a malformed name section is not an error: keep it as opaque bytes
        }
        byte[] content = new byte[contentLength];
        System.arraycopy(in.array(), contentStart, content, 0, contentLength);
        CustomSection section = new CustomSection(name, content, afterSection);
        if (name.equals(BranchHintSection.NAME) && ORDER[afterSection] < ORDER[10]) {
            List<BranchHintSection.FunctionHints> hints =
                    BranchHintSection.parse(in.array(), contentStart, contentStart + contentLength);
            if (hints != null) {
                // the last hint section before the code is the one that applies: where the encoder puts it
                keepPendingHintsRaw();
                pendingHints = new PendingHints(hints, section, customSections.size());
                return;
            }
        }
        customSections.add(section);
    }

    private void keepPendingHintsRaw() {
        if (pendingHints != null) {
            customSections.add(pendingHints.rawIndex(), pendingHints.raw());
            pendingHints = null;
        }
    }

    /** Moves the pending branch hints into the bodies, or keeps their section raw if they do not fit. */
    private void attachBranchHints() {
        if (pendingHints == null) {
            return;
        }
        List<BranchHintSection.Branches> known = branches != null ? branches : List.of();
        List<FunctionBody> hinted = known.size() == codes.size()
                ? BranchHintSection.attach(pendingHints.hints(), importCount(ExternKind.FUNC), codes, known)
                : null;
        if (hinted == null) {
            keepPendingHintsRaw();
        } else {
            codes = hinted;
            pendingHints = null;
        }
    }

    private int importCount(ExternKind kind) {
        int n = 0;
        for (Import i : imports) {
            if (i.type().kind() == kind) {
                n++;
            }
        }
        return n;
    }

    private static <T> List<T> listFor(int n) {
        return new ArrayList<>(Math.min(n, 1024));
    }

    private List<RecType> typeSection() {
        int n = in.length();
        List<RecType> out = listFor(n);
        for (int i = 0; i < n; i++) {
            out.add(types.recType());
        }
        return out;
    }

    private List<Import> importSection() {
        int n = in.length();
        List<Import> out = listFor(n);
        for (int i = 0; i < n; i++) {
            String module = in.name();
            String name = in.name();
            int at = in.pos();
            int kind = in.u8();
            ExternType type;
            switch (kind) {
                case 0x00:
                    type = new ExternType.Func(types.typeUse());
                    break;
                case 0x01:
                    type = types.tableType();
                    break;
                case 0x02:
                    type = types.memoryType();
                    break;
                case 0x03:
                    type = types.globalType();
                    break;
                case 0x04:
                    type = types.tagType();
                    break;
                default:
                    throw in.errorAt(at, "malformed import kind");
            }
            out.add(new Import(module, name, type));
        }
        return out;
    }

    private List<Integer> functionSection() {
        int n = in.length();
        List<Integer> out = listFor(n);
        for (int i = 0; i < n; i++) {
            out.add(in.u32());
        }
        return out;
    }

    private List<Table> tableSection() {
        int n = in.length();
        List<Table> out = listFor(n);
        for (int i = 0; i < n; i++) {
            if (in.peek() == 0x40) {
                int at = in.pos();
                in.u8();
                if (in.peek() != 0x00) {
                    // the reference then tries a plain table type, where 0x40 is no reference type
                    throw in.errorAt(at, "malformed reference type");
                }
                in.u8();
                out.add(new Table(types.tableType(), constExpr()));
            } else {
                out.add(new Table(types.tableType(), null));
            }
        }
        return out;
    }

    private List<MemoryType> memorySection() {
        int n = in.length();
        List<MemoryType> out = listFor(n);
        for (int i = 0; i < n; i++) {
            out.add(types.memoryType());
        }
        return out;
    }

    private List<TagType> tagSection() {
        int n = in.length();
        List<TagType> out = listFor(n);
        for (int i = 0; i < n; i++) {
            out.add(types.tagType());
        }
        return out;
    }

    private List<Global> globalSection() {
        int n = in.length();
        List<Global> out = listFor(n);
        for (int i = 0; i < n; i++) {
            out.add(new Global(types.globalType(), constExpr()));
        }
        return out;
    }

    private List<Export> exportSection() {
        int n = in.length();
        List<Export> out = listFor(n);
        for (int i = 0; i < n; i++) {
            String name = in.name();
            int at = in.pos();
            ExternKind kind = ExternKind.byCode(in.u8());
            if (kind == null) {
                throw in.errorAt(at, "malformed export kind");
            }
            out.add(new Export(name, kind, in.u32()));
        }
        return out;
    }

    private ConstExpr constExpr() {
        return new ConstExpr(code.expression(false));
    }

    private List<ElementSegment> elementSection() {
        int n = in.length();
        List<ElementSegment> out = listFor(n);
        for (int i = 0; i < n; i++) {
            out.add(elementSegment());
        }
        return out;
    }

    private static final ValType REF_FUNC = ValType.ref(false, HeapType.FUNC);

    private ElementSegment elementSegment() {
        int at = in.pos();
        int flags = in.u32();
        if (flags < 0 || flags > 7) {
            throw in.errorAt(at, "malformed elements segment kind");
        }
        SegmentMode mode;
        int table = 0;
        ConstExpr offset = null;
        if ((flags & 1) == 0) {
            mode = SegmentMode.ACTIVE;
            if ((flags & 2) != 0) {
                table = in.u32();
            }
            offset = constExpr();
        } else {
            mode = (flags & 2) != 0 ? SegmentMode.DECLARATIVE : SegmentMode.PASSIVE;
        }
        boolean expressions = (flags & 4) != 0;
        ValType type;
        if (flags == 0) {
            type = REF_FUNC;
        } else if (flags == 4) {
            type = ValType.FUNCREF;
        } else if (expressions) {
            type = types.refType();
        } else {
            int kindAt = in.pos();
            if (in.u8() != 0x00) {
                throw in.errorAt(kindAt, "malformed element kind");
            }
            type = REF_FUNC;
        }
        int count = in.length();
        List<ConstExpr> items = listFor(count);
        for (int i = 0; i < count; i++) {
            if (expressions) {
                items.add(constExpr());
            } else {
                items.add(new ConstExpr(List.of(CodeDecoder.index(Opcode.REF_FUNC, in.u32()),
                        Opcode.END.simpleInstance())));
            }
        }
        return new ElementSegment(mode, table, offset, type, items);
    }

    private List<FunctionBody> codeSection() {
        int n = in.length();
        List<FunctionBody> out = listFor(n);
        boolean noteBranches = pendingHints != null;
        if (noteBranches) {
            branches = listFor(n);
        }
        code.noteBranches(noteBranches);
        for (int i = 0; i < n; i++) {
            int size = in.length();
            int start = in.pos();
            List<Locals> locals = locals();
            List<Instruction> body = code.expression(true);
            if (in.pos() != start + size) {
                throw in.errorAt(start, "section size mismatch");
            }
            out.add(new FunctionBody(locals, body));
            if (noteBranches) {
                branches.add(code.branches(start)); // hint offsets count from the locals declaration
            }
        }
        code.noteBranches(false);
        return out;
    }

    private List<Locals> locals() {
        int at = in.pos();
        int n = in.length();
        if (n == 0) {
            return List.of();
        }
        List<Locals> out = listFor(n);
        long total = 0;
        for (int i = 0; i < n; i++) {
            int count = in.u32();
            total += Integer.toUnsignedLong(count);
            out.add(new Locals(count, types.valType()));
        }
        if (total > 0xFFFF_FFFFL) {
            throw in.errorAt(at, "too many locals");
        }
        return out;
    }

    private List<DataSegment> dataSection() {
        int n = in.length();
        List<DataSegment> out = listFor(n);
        for (int i = 0; i < n; i++) {
            int at = in.pos();
            int flags = in.u32();
            switch (flags) {
                case 0:
                    out.add(new DataSegment(SegmentMode.ACTIVE, 0, constExpr(), in.bytes(in.length())));
                    break;
                case 1:
                    out.add(new DataSegment(SegmentMode.PASSIVE, 0, null, in.bytes(in.length())));
                    break;
                case 2: {
                    int memory = in.u32();
                    ConstExpr offset = constExpr();
                    out.add(new DataSegment(SegmentMode.ACTIVE, memory, offset, in.bytes(in.length())));
                    break;
                }
                default:
                    throw in.errorAt(at, "malformed data segment kind");
            }
        }
        return out;
    }
}
