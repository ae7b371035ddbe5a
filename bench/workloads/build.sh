#!/usr/bin/env bash
# Builds the benchmark workloads from src/: for each one a reactor module exporting
# run() -> i64 (wasm/NAME.wasm), a WASI command printing the checksum (wasm/NAME-cmd.wasm),
# and a native executable (target/NAME, not committed). Then runs every native executable
# and checks its checksum against workloads.tsv. Rebuilding gives the same bytes.
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

WASM=(--target=wasm32-wasi -O2 -ffp-contract=off -Wl,--strip-debug)
[[ -n ${WASI_SYSROOT:-} ]] && WASM+=(--sysroot="$WASI_SYSROOT")
NATIVE=(-O2 -ffp-contract=off)

# name and the extra wasm features it needs
WORKLOADS=(
    "fib"
    "sieve"
    "nbody"
    "hash"
    "interp"
    "bulkmem -mbulk-memory"
    "simd -msimd128"
    "trees"
)

mkdir -p wasm target
for entry in "${WORKLOADS[@]}"; do
    read -r name features <<<"$entry"
    # shellcheck disable=SC2086 # features is a list of flags
    "$CLANG" "${WASM[@]}" $features -mexec-model=reactor -Wl,--export=run \
        -o "wasm/$name.wasm" "src/$name.c"
    # shellcheck disable=SC2086
    "$CLANG" "${WASM[@]}" $features -o "wasm/$name-cmd.wasm" "src/$name.c" src/main.c
    "$CLANG" "${NATIVE[@]}" -o "target/$name" "src/$name.c" src/main.c -lm
    echo "built $name"
done

failed=0
while IFS=$'\t' read -r name checksum _; do
    [[ $name == name || -z $name ]] && continue
    got=$("target/$name")
    if [[ $got != "$checksum" ]]; then
        echo "native $name: checksum $got, workloads.tsv says $checksum" >&2
        failed=1
    fi
done <workloads.tsv
(( failed == 0 )) && echo "native checksums match workloads.tsv"
exit "$failed"
