package dev.jwasm.spectest;

import dev.jwasm.parser.Features;
import dev.jwasm.parser.MalformedModuleException;
import dev.jwasm.parser.model.CustomSection;
import dev.jwasm.parser.model.NameSection;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.parser.text.SExpr;
import dev.jwasm.parser.text.SExprReader;
import dev.jwasm.parser.text.TokenKind;
import dev.jwasm.validator.InvalidModuleException;
import dev.jwasm.validator.ValidatedModule;
import dev.jwasm.validator.Validator;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A stand-in front end with a made-up module language, to test the runner's logic alone:
 * a text module containing {@code malformed "msg"} fails to parse with msg, {@code invalid "msg"}
 * parses but fails validation with msg, {@code crash} throws a NullPointerException, and
 * {@code roundtrip} encodes to bytes the decoder rejects. Binary modules are {@code \0asm}
 * followed by {@code V} (valid) or {@code I} and an invalid-message.
 */
final class FakePipeline implements ModulePipeline {

    int validations;

    @Override
    public WasmModule parseText(SExpr.Node module, Features features) {
        List<SExpr> children = module.children();
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i) instanceof SExpr.Atom a && a.kind() == TokenKind.KEYWORD) {
                String message = i + 1 < children.size() && children.get(i + 1) instanceof SExpr.Atom s
                        && s.kind() == TokenKind.STRING ? new String(s.token().bytes(), StandardCharsets.UTF_8) : "";
                switch (a.text()) {
                    case "malformed" -> throw new MalformedModuleException(message);
                    case "invalid" -> {
                        return withMarker("invalid", message);
                    }
                    case "roundtrip" -> {
                        return withMarker("roundtrip", "");
                    }
                    case "crash" -> throw new NullPointerException("boom");
                    default -> { }
                }
            }
        }
        return WasmModule.empty();
    }

    @Override
    public WasmModule parseText(byte[] text, Features features) {
        SExpr.Node root = SExprReader.read(text);
        if (root.size() == 1 && root.get(0) instanceof SExpr.Node n) {
            return parseText(n, features);
        }
        return parseText(root, features);
    }

    @Override
    public WasmModule decode(byte[] bytes, Features features) {
        if (bytes.length < 5 || bytes[0] != 0 || bytes[1] != 'a' || bytes[2] != 's' || bytes[3] != 'm') {
            throw new MalformedModuleException("magic header not detected");
        }
        return switch (bytes[4]) {
            case 'V' -> WasmModule.empty();
            case 'I' -> withMarker("invalid", new String(bytes, 5, bytes.length - 5, StandardCharsets.UTF_8));
            default -> throw new MalformedModuleException("unexpected content after last section");
        };
    }

    @Override
    public byte[] encode(WasmModule module) {
        for (CustomSection c : module.customSections()) {
            if (c.name().equals("invalid")) {
                byte[] message = c.content();
                byte[] out = Arrays.copyOf(new byte[] {0, 'a', 's', 'm', 'I'}, 5 + message.length);
                System.arraycopy(message, 0, out, 5, message.length);
                return out;
            }
            if (c.name().equals("roundtrip")) {
                return new byte[] {0, 'a', 's', 'm', '?'};
            }
        }
        return new byte[] {0, 'a', 's', 'm', 'V'};
    }

    @Override
    public ValidatedModule validate(WasmModule module, Features features) {
        validations++;
        for (CustomSection c : module.customSections()) {
            if (c.name().equals("invalid")) {
                throw new InvalidModuleException(new String(c.content(), StandardCharsets.UTF_8));
            }
        }
        // The modules of this language are empty but for custom sections: the real validator accepts them.
        return new Validator(features).validate(module);
    }

    private static WasmModule withMarker(String name, String content) {
        WasmModule e = WasmModule.empty();
        return new WasmModule(e.recTypes(), e.imports(), e.functions(), e.tables(), e.memories(), e.globals(),
                e.tags(), e.exports(), e.startFunction(), e.elements(), e.dataCount(), e.codes(), e.data(),
                List.of(new CustomSection(name, content.getBytes(StandardCharsets.UTF_8), 0)), NameSection.EMPTY);
    }
}
