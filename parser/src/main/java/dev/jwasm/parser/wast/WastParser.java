package dev.jwasm.parser.wast;

import dev.jwasm.parser.model.HeapType;
import dev.jwasm.parser.model.ValType;
import dev.jwasm.parser.text.SExpr;
import dev.jwasm.parser.text.SExprReader;
import dev.jwasm.parser.text.TextSyntaxException;
import dev.jwasm.parser.text.Token;
import dev.jwasm.parser.text.TokenKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses a WAST script (the reference interpreter's script format) into {@link WastScript}.
 *
 * <p>The file is read into S-expressions once; each top-level form becomes one command.
 * Module bodies are not parsed here (see {@link ModuleSource}). A form this parser cannot
 * read becomes a {@link WastCommand.BadCommand}, so one bad command does not hide the rest;
 * only a lexical error of the whole file (an unclosed string, say) throws
 * {@link TextSyntaxException}.
 *
 * <p>Names ({@code $M}) are kept without their {@code $}, decoded ({@code $"M"} is {@code M}).
 */
public final class WastParser {

    /** First keywords of module fields: a script starting with one is a bare module. */
    private static final Set<String> MODULE_FIELDS = Set.of(
            "type", "rec", "import", "func", "table", "memory", "global", "tag", "export", "start", "elem", "data");

    /** Guards the only recursions (thread in thread, either in either) against hostile nesting. */
    private static final int MAX_NESTING = 100;

    private WastParser() {
    }

    public static WastScript parse(String source) {
        return parse(source.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Parses a whole script.
     *
     * @throws TextSyntaxException when the text is not a sequence of S-expressions
     */
    public static WastScript parse(byte[] source) {
        SExpr.Node root = SExprReader.read(source);
        if (isBareModule(root)) {
            SExpr first = root.get(0);
            SExpr.Node module = withHead(root, keyword("module", first.line(), first.column()));
            return new WastScript(List.of(
                    new WastCommand.Module(first.line(), null, false, new ModuleSource.Text(module))));
        }
        List<WastCommand> commands = new ArrayList<>();
        for (SExpr form : root.children()) {
            commands.add(command(form, 0));
        }
        return new WastScript(commands);
    }

    private static boolean isBareModule(SExpr.Node root) {
        return root.size() > 0 && root.get(0) instanceof SExpr.Node first
                && headKeyword(first) != null && MODULE_FIELDS.contains(headKeyword(first));
    }

    // ---- commands ----

    private static WastCommand command(SExpr form, int depth) {
        if (!(form instanceof SExpr.Node node) || headKeyword(node) == null) {
            return new WastCommand.BadCommand(form.line(), "?", "unexpected token");
        }
        String keyword = headKeyword(node);
        try {
            return parseCommand(node, keyword, depth);
        } catch (ScriptSyntaxException e) {
            return new WastCommand.BadCommand(node.line(), keyword, e.getMessage());
        }
    }

    private static WastCommand parseCommand(SExpr.Node node, String keyword, int depth) {
        int line = node.line();
        Args args = new Args(node);
        switch (keyword) {
            case "module":
                return module(node);
            case "register": {
                String name = utf8(args.string());
                String instance = args.optionalId();
                args.end();
                return new WastCommand.Register(line, name, instance);
            }
            case "invoke":
            case "get":
                return new WastCommand.Perform(line, action(node));
            case "assert_return": {
                Action action = action(args.node());
                List<ResultPattern> results = new ArrayList<>();
                while (!args.atEnd()) {
                    results.add(result(args.next(), 0));
                }
                return new WastCommand.AssertReturn(line, action, results);
            }
            case "assert_trap": {
                SExpr.Node target = args.node();
                String message = args.message();
                if ("module".equals(headKeyword(target))) {
                    return new WastCommand.AssertUninstantiable(line, keyword, instantiation(target), message);
                }
                return new WastCommand.AssertTrap(line, action(target), message);
            }
            case "assert_uninstantiable": {
                WastCommand.Instantiation module = instantiation(args.node());
                return new WastCommand.AssertUninstantiable(line, keyword, module, args.message());
            }
            case "assert_unlinkable": {
                WastCommand.Instantiation module = instantiation(args.node());
                return new WastCommand.AssertUnlinkable(line, module, args.message());
            }
            case "assert_exhaustion": {
                Action action = action(args.node());
                return new WastCommand.AssertExhaustion(line, action, args.message());
            }
            case "assert_exception": {
                Action action = action(args.node());
                args.end();
                return new WastCommand.AssertException(line, action);
            }
            case "assert_malformed":
            case "assert_malformed_custom": {
                ModuleSource module = moduleDefinition(args.node());
                return new WastCommand.AssertMalformed(line, module, args.message(), keyword.endsWith("_custom"));
            }
            case "assert_invalid":
            case "assert_invalid_custom": {
                ModuleSource module = moduleDefinition(args.node());
                return new WastCommand.AssertInvalid(line, module, args.message(), keyword.endsWith("_custom"));
            }
            case "thread":
                return thread(node, depth);
            case "wait": {
                String thread = args.optionalId();
                args.end();
                return new WastCommand.Wait(line, thread);
            }
            default:
                throw new ScriptSyntaxException("unknown command " + keyword);
        }
    }

    /** {@code (module ...)} at the top level: a module, a definition, or a module instance. */
    private static WastCommand.Instantiation module(SExpr.Node node) {
        Args args = new Args(node);
        if (args.keywordIf("instance")) {
            String first = args.optionalId();
            String second = args.optionalId();
            args.end();
            return second != null
                    ? new WastCommand.ModuleInstance(node.line(), first, second)
                    : new WastCommand.ModuleInstance(node.line(), null, first);
        }
        int definitionAt = args.position();
        boolean definition = args.keywordIf("definition");
        String id = args.optionalId();
        ModuleSource source;
        if (args.keywordIf("binary")) {
            source = new ModuleSource.Binary(args.strings());
        } else if (args.keywordIf("quote")) {
            source = new ModuleSource.Quote(args.strings());
        } else {
            source = new ModuleSource.Text(definition ? without(node, definitionAt) : node);
        }
        return new WastCommand.Module(node.line(), id, definition, source);
    }

    /** The module of {@code assert_malformed} / {@code assert_invalid}: any module form but an instance. */
    private static ModuleSource moduleDefinition(SExpr.Node node) {
        if (!"module".equals(headKeyword(node))) {
            throw new ScriptSyntaxException("expected a module");
        }
        if (!(module(node) instanceof WastCommand.Module m)) {
            throw new ScriptSyntaxException("expected a module, not a module instance");
        }
        return m.source();
    }

    /** The module of {@code assert_unlinkable} / {@code assert_trap}: a module to instantiate. */
    private static WastCommand.Instantiation instantiation(SExpr.Node node) {
        if (!"module".equals(headKeyword(node))) {
            throw new ScriptSyntaxException("expected a module");
        }
        WastCommand.Instantiation module = module(node);
        if (module instanceof WastCommand.Module m && m.definition()) {
            throw new ScriptSyntaxException("misplaced module definition");
        }
        return module;
    }

    private static WastCommand thread(SExpr.Node node, int depth) {
        if (depth >= MAX_NESTING) {
            throw new ScriptSyntaxException("threads nested too deeply");
        }
        Args args = new Args(node);
        String id = args.optionalId();
        List<String> shared = new ArrayList<>();
        while (!args.atEnd() && args.peek() instanceof SExpr.Node n && "shared".equals(headKeyword(n))) {
            args.next();
            Args sharedArgs = new Args(n);
            SExpr.Node moduleNode = sharedArgs.node();
            if (!"module".equals(headKeyword(moduleNode))) {
                throw new ScriptSyntaxException("expected (shared (module $name))");
            }
            Args module = new Args(moduleNode);
            String name = module.optionalId();
            if (name == null) {
                throw new ScriptSyntaxException("expected a module name");
            }
            module.end();
            sharedArgs.end();
            shared.add(name);
        }
        List<WastCommand> commands = new ArrayList<>();
        while (!args.atEnd()) {
            commands.add(command(args.next(), depth + 1));
        }
        return new WastCommand.Thread(node.line(), id, shared, commands);
    }

    // ---- actions and values ----

    private static Action action(SExpr.Node node) {
        Args args = new Args(node);
        String keyword = headKeyword(node);
        if ("invoke".equals(keyword)) {
            String instance = args.optionalId();
            String name = utf8(args.string());
            List<WastValue> values = new ArrayList<>();
            while (!args.atEnd()) {
                values.add(value(args.node()));
            }
            return new Action.Invoke(instance, name, values);
        }
        if ("get".equals(keyword)) {
            String instance = args.optionalId();
            String name = utf8(args.string());
            args.end();
            return new Action.Get(instance, name);
        }
        throw new ScriptSyntaxException("expected an action (invoke or get)");
    }

    private static WastValue value(SExpr.Node node) {
        String keyword = String.valueOf(headKeyword(node));
        Args args = new Args(node);
        WastValue value = switch (keyword) {
            case "i32.const", "i64.const", "f32.const", "f64.const" -> {
                ValType.Kind type = numberType(keyword);
                yield new WastValue.Num(type, Literals.number(type, args.atom()));
            }
            case "v128.const" -> {
                ResultPattern.LaneShape shape = Literals.shape(args.atom());
                long[] lanes = new long[shape.lanes()];
                for (int i = 0; i < lanes.length; i++) {
                    lanes[i] = Literals.lane(shape, args.atom());
                }
                long[] bits = Literals.pack(shape, lanes);
                yield new WastValue.V128(bits[0], bits[1]);
            }
            case "ref.null" -> {
                HeapType.Abstract heapType = HeapType.Abstract.byText(args.atom().text());
                if (heapType == null) {
                    throw new ScriptSyntaxException("unknown heap type");
                }
                yield new WastValue.RefNull(heapType);
            }
            case "ref.extern" -> new WastValue.RefExtern(Literals.nat32(args.atom()));
            case "ref.host" -> new WastValue.RefHost(Literals.nat32(args.atom()));
            default -> throw new ScriptSyntaxException("unknown constant " + keyword);
        };
        args.end();
        return value;
    }

    private static ResultPattern result(SExpr form, int depth) {
        if (!(form instanceof SExpr.Node node)) {
            throw new ScriptSyntaxException("unexpected token");
        }
        String keyword = String.valueOf(headKeyword(node));
        Args args = new Args(node);
        ResultPattern pattern = switch (keyword) {
            case "i32.const", "i64.const" -> new ResultPattern.Num(numberType(keyword),
                    Literals.number(numberType(keyword), args.atom()));
            case "f32.const", "f64.const" -> {
                ValType.Kind type = numberType(keyword);
                SExpr.Atom literal = args.atom();
                ResultPattern.NanKind nan = Literals.nanKind(literal);
                yield nan != null ? new ResultPattern.Nan(type, nan)
                        : new ResultPattern.Num(type, Literals.number(type, literal));
            }
            case "v128.const" -> vectorPattern(args);
            case "ref.null" -> new ResultPattern.RefNull(args.atEnd() ? null : heapTypeText(args.atom()));
            case "ref.extern" -> args.atEnd()
                    ? new ResultPattern.RefOfType(HeapType.Abstract.EXTERN)
                    : new ResultPattern.RefExtern(Literals.nat32(args.atom()));
            case "ref.host" -> new ResultPattern.RefHost(Literals.nat32(args.atom()));
            case "ref.func", "ref.struct", "ref.array", "ref.eq", "ref.i31", "ref.any", "ref.exn" ->
                    new ResultPattern.RefOfType(HeapType.Abstract.byText(keyword.substring("ref.".length())));
            case "either" -> {
                if (depth >= MAX_NESTING) {
                    throw new ScriptSyntaxException("either nested too deeply");
                }
                List<ResultPattern> alternatives = new ArrayList<>();
                do {
                    alternatives.add(result(args.next(), depth + 1));
                } while (!args.atEnd());
                yield new ResultPattern.Either(alternatives);
            }
            default -> throw new ScriptSyntaxException("unknown result pattern " + keyword);
        };
        args.end();
        return pattern;
    }

    private static ResultPattern vectorPattern(Args args) {
        ResultPattern.LaneShape shape = Literals.shape(args.atom());
        List<ResultPattern.Lane> lanes = new ArrayList<>();
        for (int i = 0; i < shape.lanes(); i++) {
            SExpr.Atom literal = args.atom();
            ResultPattern.NanKind nan = shape.isFloat() ? Literals.nanKind(literal) : null;
            lanes.add(nan != null ? new ResultPattern.LaneNan(nan)
                    : new ResultPattern.LaneBits(Literals.lane(shape, literal)));
        }
        return new ResultPattern.V128(shape, lanes);
    }

    private static String heapTypeText(SExpr.Atom atom) {
        return switch (atom.kind()) {
            case KEYWORD, NAT -> atom.text();
            case ID -> "$" + atom.text();
            default -> throw new ScriptSyntaxException("unexpected token");
        };
    }

    private static ValType.Kind numberType(String constKeyword) {
        return switch (constKeyword) {
            case "i32.const" -> ValType.Kind.I32;
            case "i64.const" -> ValType.Kind.I64;
            case "f32.const" -> ValType.Kind.F32;
            default -> ValType.Kind.F64;
        };
    }

    // ---- S-expression helpers ----

    static String headKeyword(SExpr.Node node) {
        return node.size() > 0 && node.get(0) instanceof SExpr.Atom a && a.kind() == TokenKind.KEYWORD
                ? a.text() : null;
    }

    private static SExpr.Atom keyword(String text, int line, int column) {
        return new SExpr.Atom(new Token(TokenKind.KEYWORD, text, null, line, column));
    }

    /** The node with {@code head} put before its children (annotations keep their places). */
    private static SExpr.Node withHead(SExpr.Node node, SExpr head) {
        List<SExpr> children = new ArrayList<>(node.children());
        children.add(0, head);
        List<SExpr.Annotation> annotations = new ArrayList<>();
        for (SExpr.Annotation a : node.annotations()) {
            annotations.add(new SExpr.Annotation(a.position() + 1, a.node()));
        }
        return new SExpr.Node(children, annotations, null, head.line(), head.column());
    }

    /** The node without child {@code index} (annotations after it move up one place). */
    private static SExpr.Node without(SExpr.Node node, int index) {
        List<SExpr> children = new ArrayList<>(node.children());
        children.remove(index);
        List<SExpr.Annotation> annotations = new ArrayList<>();
        for (SExpr.Annotation a : node.annotations()) {
            int position = a.position() > index ? a.position() - 1 : a.position();
            annotations.add(new SExpr.Annotation(position, a.node()));
        }
        return new SExpr.Node(children, annotations, null, node.line(), node.column());
    }

    static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ScriptSyntaxException("malformed UTF-8 encoding");
        }
    }

    /** Walks the children of a node after its head keyword. */
    private static final class Args {
        private final SExpr.Node node;
        private int next = 1;

        Args(SExpr.Node node) {
            this.node = node;
        }

        int position() {
            return next;
        }

        boolean atEnd() {
            return next >= node.size();
        }

        SExpr peek() {
            return atEnd() ? null : node.get(next);
        }

        SExpr next() {
            if (atEnd()) {
                throw new ScriptSyntaxException("unexpected end of command");
            }
            return node.get(next++);
        }

        SExpr.Node node() {
            if (next() instanceof SExpr.Node n) {
                return n;
            }
            throw new ScriptSyntaxException("unexpected token");
        }

        SExpr.Atom atom() {
            if (next() instanceof SExpr.Atom a) {
                return a;
            }
            throw new ScriptSyntaxException("unexpected token");
        }

        boolean keywordIf(String keyword) {
            if (peek() instanceof SExpr.Atom a && a.isKeyword(keyword)) {
                next++;
                return true;
            }
            return false;
        }

        String optionalId() {
            if (peek() instanceof SExpr.Atom a && a.kind() == TokenKind.ID) {
                next++;
                return a.text();
            }
            return null;
        }

        byte[] string() {
            SExpr.Atom a = atom();
            if (a.kind() != TokenKind.STRING) {
                throw new ScriptSyntaxException("expected a string");
            }
            return a.token().bytes();
        }

        /** The concatenation of all remaining children, which must be strings. */
        byte[] strings() {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            while (!atEnd()) {
                out.writeBytes(string());
            }
            return out.toByteArray();
        }

        /** The final message string of an assertion. */
        String message() {
            String message = utf8(string());
            end();
            return message;
        }

        void end() {
            if (!atEnd()) {
                throw new ScriptSyntaxException("unexpected token");
            }
        }
    }
}
