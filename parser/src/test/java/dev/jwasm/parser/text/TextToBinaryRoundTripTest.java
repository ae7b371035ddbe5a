package dev.jwasm.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jwasm.parser.Feature;
import dev.jwasm.parser.Features;
import dev.jwasm.parser.binary.ModuleDecoder;
import dev.jwasm.parser.binary.ModuleEncoder;
import dev.jwasm.parser.model.CustomSection;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.parser.wast.ModuleSource;
import dev.jwasm.parser.wast.Testsuite;
import dev.jwasm.parser.wast.WastCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every top-level text module of the testsuite, encoded to binary and decoded again, gives
 * back the model the text parser produced: the text parser's output is something the binary
 * side understands in full. Custom sections are compared by name and content (the decoder
 * records where they were found, the parser where they were asked to go).
 */
class TextToBinaryRoundTripTest {

    @Test
    void textModulesSurviveEncodingAndDecoding() {
        Features all = Features.of(EnumSet.allOf(Feature.class));
        int checked = 0;
        List<String> differences = new ArrayList<>();
        for (Path file : Testsuite.scripts()) {
            if (TestsuiteModulesTest.unsupported(Testsuite.name(file))) {
                continue;
            }
            for (WastCommand command : Testsuite.parse(file).commands()) {
                if (!(command instanceof WastCommand.Module m) || !(m.source() instanceof ModuleSource.Text text)) {
                    continue;
                }
                WasmModule parsed = WatParser.parseModule(text.module()).module();
                WasmModule decoded = ModuleDecoder.decode(ModuleEncoder.encode(parsed), all);
                checked++;
                if (!comparable(parsed).equals(comparable(decoded))) {
                    differences.add(file.getFileName() + ":" + command.line());
                }
            }
        }
        System.out.println("[text parser] text modules round-tripped through the binary format: " + checked);
        assertEquals(List.of(), differences);
    }

    /** The module without names (optional in binary) and without custom section placement. */
    private static WasmModule comparable(WasmModule m) {
        List<CustomSection> customs = new ArrayList<>();
        for (CustomSection c : m.customSections()) {
            if (!c.name().equals("name")) {
                customs.add(new CustomSection(c.name(), c.content(), 0));
            }
        }
        return new WasmModule(m.recTypes(), m.imports(), m.functions(), m.tables(), m.memories(), m.globals(),
                m.tags(), m.exports(), m.startFunction(), m.elements(), m.dataCount(), m.codes(), m.data(), customs,
                null);
    }
}
