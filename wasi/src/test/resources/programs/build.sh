#!/usr/bin/env bash
# Builds every src/NAME.c into the WASI command NAME.wasm (wasm32-wasi, -O2, debug info
# stripped, name section kept for backtraces). Rebuilding gives the same bytes.
# Installs nothing; see README.md for the toolchain.
set -euo pipefail
cd "$(dirname "$0")"

CLANG=${CLANG:-clang-19}
# Debian's clang finds the wasi-libc sysroot under /usr by itself; WASI_SYSROOT overrides it.
SYSROOT_LIB=${WASI_SYSROOT:-/usr}/lib/wasm32-wasi
BUILTINS=/usr/lib/llvm-19/lib/clang/19/lib/wasi/libclang_rt.builtins-wasm32.a
INSTALL_HINT="apt-get install -y clang-19 lld-19 wasi-libc libclang-rt-19-dev-wasm32"

missing=()
command -v "$CLANG" >/dev/null || missing+=("$CLANG (package clang-19)")
command -v wasm-ld-19 >/dev/null || missing+=("wasm-ld-19 (package lld-19)")
[[ -f $SYSROOT_LIB/libc.a ]] || missing+=("$SYSROOT_LIB/libc.a (package wasi-libc)")
[[ -f $BUILTINS || -n ${WASI_SYSROOT:-} ]] || missing+=("$BUILTINS (package libclang-rt-19-dev-wasm32)")
if (( ${#missing[@]} )); then
    printf 'missing: %s\n' "${missing[@]}" >&2
    echo "install the toolchain with: $INSTALL_HINT" >&2
    exit 1
fi

FLAGS=(--target=wasm32-wasi -O2 -Wl,--strip-debug)
[[ -n ${WASI_SYSROOT:-} ]] && FLAGS+=(--sysroot="$WASI_SYSROOT")

for source in src/*.c; do
    name=$(basename "$source" .c)
    "$CLANG" "${FLAGS[@]}" -o "$name.wasm" "$source"
    echo "built $name.wasm"
done
