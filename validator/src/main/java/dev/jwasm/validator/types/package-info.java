/**
 * Canonical types shared across modules: value types as int codes ({@link dev.jwasm.validator.types.TypeCodes}),
 * iso-recursive canonicalization and subtyping ({@link dev.jwasm.validator.types.TypeRegistry}),
 * and import matching ({@link dev.jwasm.validator.types.ExternTypeMatcher}).
 */
package dev.jwasm.validator.types;
