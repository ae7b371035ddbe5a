#!/usr/bin/env bash
# Whole-process comparison timed by hyperfine (an outside tool): for each workload, the time
# from process start to exit of its WASI command (bench/workloads/wasm/NAME-cmd.wasm: start-up,
# module load, cold JIT and one run() call) on
#   jwasm                ./jwasm run bench/workloads/wasm/NAME-cmd.wasm
#   chicory-interpreter  java -cp bench/target/benchmarks.jar dev.jwasm.bench.ChicoryWasiRun ...
#   chicory-compiler     the same with --compiler
#   native               bench/workloads/target/NAME (clang -O2), when clang is available
# Every command is run once first and its printed checksum checked against workloads.tsv.
# Chicory does not run the simd workload (its SIMD support is not on Maven Central).
#
#   bench/whole-process.sh [workload...]      default: every workload in workloads.tsv
# Environment: WARMUP (default 1) and RUNS (default 5) per command; OUT (default
# bench/target/whole-process) receives one hyperfine JSON file per workload and results.md;
# SKIP_BUILD=1 skips the Maven build; CLANG picks the native compiler (default clang-19).
# Progress goes to stderr, the markdown table (rows made by whole-process.jq) to stdout.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
out="${OUT:-$here/target/whole-process}"
warmup="${WARMUP:-1}"
runs="${RUNS:-5}"
tsv="$here/workloads/workloads.tsv"
labels=(jwasm chicory-interpreter chicory-compiler native)

for tool in hyperfine jq; do
    command -v "$tool" >/dev/null || { echo "whole-process: needs $tool (apt-get install -y $tool)" >&2; exit 1; }
done

# name -> checksum and features, in workloads.tsv order
declare -A checksum features
order=()
while IFS=$'\t' read -r name sum feats _; do
    [[ $name == name || -z $name ]] && continue
    checksum[$name]=$sum
    features[$name]=$feats
    order+=("$name")
done <"$tsv"
selected=("$@")
(( ${#selected[@]} )) || selected=("${order[@]}")
for name in "${selected[@]}"; do
    [[ -n ${checksum[$name]:-} ]] || { echo "whole-process: no workload $name in $tsv" >&2; exit 1; }
done

started=$SECONDS
if [[ -z ${SKIP_BUILD:-} ]]; then
    echo "== building jwasm's CLI and the benchmarks jar" >&2
    (cd "$root" && mvn -q -B -DskipTests -pl bench,cli -am package >&2)
fi

clang=""
for c in "${CLANG:-}" clang-19 clang; do
    if [[ -n $c ]] && command -v "$c" >/dev/null; then clang=$c; break; fi
done
if [[ -n $clang ]]; then
    mkdir -p "$here/workloads/target"
    for name in "${selected[@]}"; do
        exe="$here/workloads/target/$name"
        [[ -x $exe ]] && continue
        echo "== native build of $name ($clang -O2)" >&2
        "$clang" -O2 -ffp-contract=off -o "$exe" "$here/workloads/src/$name.c" "$here/workloads/src/main.c" -lm
    done
else
    echo "== no clang: natives only where bench/workloads/target/NAME already exists" >&2
fi

mkdir -p "$out"
cd "$root" # commands use paths relative to the repository root
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')
echo "== hyperfine --warmup $warmup --runs $runs (load average now: $load_before)" >&2
notes=()
for name in "${selected[@]}"; do
    wasm="bench/workloads/wasm/$name-cmd.wasm"
    chicory="java -cp bench/target/benchmarks.jar dev.jwasm.bench.ChicoryWasiRun"
    declare -A cmd=()
    cmd[jwasm]="./jwasm run $wasm"
    if [[ ${features[$name]} == *simd* ]]; then
        notes+=("$name: Chicory not run (Chicory 1.7.5 has no SIMD on Maven Central)")
        echo "== $name: Chicory skipped, Chicory 1.7.5 has no SIMD on Maven Central" >&2
    else
        cmd[chicory-interpreter]="$chicory $wasm"
        cmd[chicory-compiler]="$chicory --compiler $wasm"
    fi
    [[ -x bench/workloads/target/$name ]] && cmd[native]="bench/workloads/target/$name"

    args=()
    for label in "${labels[@]}"; do
        [[ -n ${cmd[$label]:-} ]] || continue
        got=$(bash -c "${cmd[$label]}") || { echo "whole-process: $label failed on $name" >&2; exit 1; }
        if [[ $got != "${checksum[$name]}" ]]; then
            echo "whole-process: $label printed checksum '$got' for $name, workloads.tsv says ${checksum[$name]}" >&2
            exit 1
        fi
        args+=(-n "$label" "${cmd[$label]}")
    done
    echo "== $name: checksums match; timing" >&2
    # -N: no intermediate shell, so nothing needs subtracting for it
    hyperfine -N --warmup "$warmup" --runs "$runs" --export-json "$out/$name.json" "${args[@]}" >&2
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')

# The markdown table: one row per workload (whole-process.jq) and how it was measured.
table() {
    echo "| workload | jwasm (s) | Chicory interpreter (s) | Chicory compiler (s) | native (s) | jwasm / Chicory interpreter |"
    echo "|---|---:|---:|---:|---:|---:|"
    for name in "${selected[@]}"; do
        jq -r --arg name "$name" -f "$here/whole-process.jq" "$out/$name.json"
    done
    echo
    echo "hyperfine --warmup $warmup --runs $runs; load average before $load_before, after $load_after;" \
         "$(nproc 2>/dev/null || echo '?') CPUs."
    for note in "${notes[@]}"; do echo "$note."; done
}
table | tee "$out/results.md"
echo "== done in $(( SECONDS - started )) s; JSON and results.md in $out" >&2
