/**
 * Validation of WebAssembly 3.0 modules: {@link dev.jwasm.validator.Validator} checks a
 * {@link dev.jwasm.parser.model.WasmModule} and returns a {@link dev.jwasm.validator.ValidatedModule}
 * with canonical type ids and per-function {@link dev.jwasm.validator.FunctionInfo} facts for the
 * execution tiers, or throws an {@link dev.jwasm.validator.InvalidModuleException} worded as the
 * spec testsuite expects.
 */
package dev.jwasm.validator;
