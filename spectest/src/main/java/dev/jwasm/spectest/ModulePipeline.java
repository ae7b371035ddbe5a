package dev.jwasm.spectest;

import dev.jwasm.parser.Features;
import dev.jwasm.parser.MalformedModuleException;
import dev.jwasm.parser.model.WasmModule;
import dev.jwasm.parser.text.SExpr;
import dev.jwasm.validator.ValidatedModule;

/**
 * The front end the runner drives: the text parser, the binary decoder and encoder, and the
 * validator, behind one seam so the runner does not depend on how they are put together.
 * {@link JwasmPipeline} is jwasm's; tests substitute their own.
 */
public interface ModulePipeline {

    /**
     * A text module, given as its {@code (module $id? field*)} S-expression, into the model.
     *
     * @throws MalformedModuleException when the text is not a well-formed module
     */
    WasmModule parseText(SExpr.Node module, Features features);

    /**
     * Module text (a {@code (module ...)} form, or bare fields) into the model.
     *
     * @throws MalformedModuleException when the text is not a well-formed module
     */
    WasmModule parseText(byte[] text, Features features);

    /**
     * A binary module into the model.
     *
     * @throws MalformedModuleException when the bytes are not a well-formed module
     */
    WasmModule decode(byte[] bytes, Features features);

    /** The binary format of a module. */
    byte[] encode(WasmModule module);

    /**
     * Validates a module.
     *
     * @throws dev.jwasm.validator.InvalidModuleException when it is not valid
     */
    ValidatedModule validate(WasmModule module, Features features);
}
