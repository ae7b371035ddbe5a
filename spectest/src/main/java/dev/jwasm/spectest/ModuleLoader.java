package dev.jwasm.spectest;

import dev.jwasm.parser.Features;
import dev.jwasm.parser.MalformedModuleException;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.parser.wast.ModuleSource;

/**
 * Turns script module bodies into definitions: text is parsed, encoded with jwasm's encoder
 * and decoded again (so every module also exercises the binary path); binary is decoded;
 * then the module is validated.
 */
final class ModuleLoader {

    private final ModulePipeline pipeline;
    private final Features features;

    Features features() {
        return features;
    }

    ModuleLoader(ModulePipeline pipeline, Features features) {
        this.pipeline = pipeline;
        this.features = features;
    }

    /**
     * Only the syntactic step: text parsing or binary decoding, as {@code assert_malformed}
     * checks it.
     *
     * @throws MalformedModuleException when malformed
     */
    WasmModule parse(ModuleSource source) {
        if (source instanceof ModuleSource.Text text) {
            return pipeline.parseText(text.module(), features);
        }
        if (source instanceof ModuleSource.Quote quote) {
            return pipeline.parseText(quote.text(), features);
        }
        return pipeline.decode(((ModuleSource.Binary) source).bytes(), features);
    }

    /**
     * The whole definition: parse or decode, round trip text through the binary format, validate.
     *
     * @throws MalformedModuleException when malformed
     * @throws dev.jwasm.validator.InvalidModuleException when invalid
     * @throws RoundTripException when jwasm cannot decode what its own encoder wrote
     */
    ModuleDefinition load(String id, int line, ModuleSource source) {
        WasmModule parsed = parse(source);
        byte[] binary;
        WasmModule module;
        if (source instanceof ModuleSource.Binary b) {
            binary = b.bytes();
            module = parsed;
        } else {
            binary = pipeline.encode(parsed);
            try {
                module = pipeline.decode(binary, features);
            } catch (MalformedModuleException e) {
                throw new RoundTripException(e);
            }
        }
        return new ModuleDefinition(id, line, pipeline.validate(module, features), binary);
    }

    /** The encoder wrote bytes the decoder rejects: a jwasm bug, never a property of the module. */
    static final class RoundTripException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RoundTripException(MalformedModuleException cause) {
            super("text module does not survive encode/decode: " + cause.getMessage(), cause);
        }
    }
}
