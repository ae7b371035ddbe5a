/**
 * The meaning of every WebAssembly numeric and SIMD instruction, written once as static,
 * allocation-free methods that the interpreter calls and the compiler emits calls to.
 *
 * <h2>Naming</h2>
 * A class per value type or lane shape ({@link dev.jwasm.runtime.ops.I32Ops},
 * {@link dev.jwasm.runtime.ops.I8x16Ops}, ...); a method per instruction, named after the
 * instruction without its type prefix in lower camel case: {@code i32.div_s} is
 * {@code I32Ops.divS}, {@code i16x8.extmul_low_i8x16_u} is {@code I16x8Ops.extmulLowI8x16U}.
 * Conversions between types live in {@link dev.jwasm.runtime.ops.ConversionOps} under their
 * full name ({@code f32.convert_i64_u} is {@code ConversionOps.f32ConvertI64U}).
 *
 * <h2>Values</h2>
 * i32 is {@code int}, i64 is {@code long}, f32 is {@code float}, f64 is {@code double};
 * comparisons and tests return {@code int} 0 or 1. A v128 is two {@code long}s, {@code lo}
 * holding bytes 0..7 and {@code hi} bytes 8..15 (little-endian), so lane 0 is in the low bits
 * of {@code lo}. See {@link dev.jwasm.runtime.ops.V128Ops} for how SIMD methods take and
 * return the two halves.
 *
 * <h2>Traps</h2>
 * Operations that can trap throw {@link dev.jwasm.runtime.Trap} with the testsuite's message.
 */
package dev.jwasm.runtime.ops;
