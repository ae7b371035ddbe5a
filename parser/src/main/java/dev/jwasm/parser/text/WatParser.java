package dev.jwasm.parser.text;

import dev.jwasm.parser.Features;
import dev.jwasm.parser.model.WasmModule;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Parses WebAssembly text (WAT) into jwasm's module model.
 *
 * <p>Errors are {@link TextSyntaxException}s (a {@code MalformedModuleException}) with the
 * reference interpreter's wording. Nothing is validated beyond what the text grammar needs:
 * numeric indices are taken as written, types are not checked. The grammar follows the
 * features: without memory64, the limits of memories and tables are u32s, as they were before
 * it ("i32 constant out of range" beyond); by default the features are WebAssembly 3.0.
 */
public final class WatParser {
    private WatParser() {
    }

    /**
     * A parsed module with the identifier given after {@code module} (without {@code $}, or null).
     * {@code definition} is true for {@code (module definition ...)}, which scripts use to define a
     * module without instantiating it.
     */
    public record ParsedModule(String id, WasmModule module, boolean definition) {
    }

    /** Parses a text file: one {@code (module ...)} form, or the fields of a module without the wrapper. */
    public static ParsedModule parseModule(String text) {
        return parseModule(text, Features.wasm3());
    }

    /** As {@link #parseModule(String)}, with the given features. */
    public static ParsedModule parseModule(String text, Features features) {
        return parseModule(text.getBytes(StandardCharsets.UTF_8), features);
    }

    /** As {@link #parseModule(String)}, from the bytes of the text (as in {@code module quote}). */
    public static ParsedModule parseModule(byte[] text) {
        return parseModule(text, Features.wasm3());
    }

    /** As {@link #parseModule(byte[])}, with the given features. */
    public static ParsedModule parseModule(byte[] text, Features features) {
        Objects.requireNonNull(features, "features");
        SExpr.Node root = SExprReader.read(text);
        List<SExpr> forms = root.children();
        if (forms.size() == 1 && forms.get(0) instanceof SExpr.Node n && n.startsWith("module")) {
            return parseModule(n, features);
        }
        return new ParsedModule(null, ModuleParser.parse(root, 0, null, features), false);
    }

    /**
     * Parses an already read {@code (module definition? $id? field*)} form. A
     * {@code (module $id? quote "..."*)} form is parsed from its quoted text; binary modules are
     * the decoder's business and rejected here.
     */
    public static ParsedModule parseModule(SExpr.Node moduleForm) {
        return parseModule(moduleForm, Features.wasm3());
    }

    /** As {@link #parseModule(SExpr.Node)}, with the given features. */
    public static ParsedModule parseModule(SExpr.Node moduleForm, Features features) {
        Objects.requireNonNull(features, "features");
        if (!moduleForm.startsWith("module")) {
            throw Keywords.unexpected(moduleForm.size() > 0 ? moduleForm.get(0) : moduleForm);
        }
        Cursor c = new Cursor(moduleForm, 1);
        boolean definition = false;
        if (c.peekKeyword("definition")) {
            c.skip();
            definition = true;
        }
        String id = c.optionalId();
        if (c.peekKeyword("quote")) {
            c.skip();
            ParsedModule quoted = parseModule(Segments.strings(c), features);
            return new ParsedModule(id, quoted.module(), definition);
        }
        if (c.peekKeyword("binary")) {
            throw new IllegalArgumentException("(module binary ...) is decoded, not parsed as text");
        }
        return new ParsedModule(id, ModuleParser.parse(moduleForm, c.position(), id, features), definition);
    }

    /** The bytes of the string literals in a {@code (module binary "..."*)} or {@code quote} form. */
    public static byte[] concatenatedStrings(SExpr.Node form, int from) {
        return Segments.strings(new Cursor(form, from));
    }
}
