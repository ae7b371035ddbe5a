package dev.jwasm.spectest;

import dev.jwasm.parser.Features;
import dev.jwasm.parser.binary.ModuleDecoder;
import dev.jwasm.parser.binary.ModuleEncoder;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.parser.text.SExpr;
import dev.jwasm.parser.text.WatParser;
import dev.jwasm.validator.ValidatedModule;
import dev.jwasm.validator.Validator;

/** jwasm's own front end: the WAT parser, the binary decoder and encoder, the validator. */
public final class JwasmPipeline implements ModulePipeline {

    @Override
    public WasmModule parseText(SExpr.Node module, Features features) {
        return WatParser.parseModule(module, features).module();
    }

    @Override
    public WasmModule parseText(byte[] text, Features features) {
        return WatParser.parseModule(text, features).module();
    }

    @Override
    public WasmModule decode(byte[] bytes, Features features) {
        return ModuleDecoder.decode(bytes, features);
    }

    @Override
    public byte[] encode(WasmModule module) {
        return ModuleEncoder.encode(module);
    }

    @Override
    public ValidatedModule validate(WasmModule module, Features features) {
        return new Validator(features).validate(module);
    }
}
