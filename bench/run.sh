#!/usr/bin/env bash
# Runs the whole benchmark comparison and prints the tables (about 10 minutes on 2 cores):
#   1. builds jwasm and the benchmarks jar (bench/target/benchmarks.jar);
#   2. if clang is available, builds the workloads natively (clang -O2) and times them;
#   3. runs every JMH benchmark (jwasm, Chicory's interpreter and compiler, one fork each,
#      short warm-up and measurement) through dev.jwasm.bench.Suite, which prints the tables.
# Extra arguments go to the Suite: --quick, --warmup N, --iterations N, --time SECONDS,
# --only workloads,decode,instantiate,calls, --workloads fib,sieve,...
# Results (JMH CSV files, native.tsv, results.md) land in $OUT (default bench/target/results).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
out="${OUT:-$here/target/results}"
workloads="$here/workloads"

echo "== building jwasm and the benchmarks" >&2
(cd "$root" && mvn -q -B -DskipTests -pl bench -am package >&2)
mkdir -p "$out"

natives="$out/native.tsv"
rm -f "$natives"
clang=""
for c in "${CLANG:-}" clang-19 clang; do
    if [[ -n $c ]] && command -v "$c" >/dev/null; then clang=$c; break; fi
done
if [[ -n $clang ]]; then
    echo "== native builds ($clang -O2) and their call times" >&2
    mkdir -p "$workloads/target"
    echo "# name min_ms median_ms (${NATIVE_CALLS:-200} calls)" >"$natives"
    while IFS=$'\t' read -r name checksum _; do
        [[ $name == name || -z $name ]] && continue
        exe="$workloads/target/$name"
        "$clang" -O2 -ffp-contract=off -o "$exe" "$workloads/src/$name.c" "$workloads/src/main.c" -lm
        timing=$("$exe" "${NATIVE_CALLS:-200}" 2>&1 >/dev/null)
        got=$("$exe")
        if [[ $got != "$checksum" ]]; then
            echo "native $name: checksum $got, expected $checksum" >&2
            exit 1
        fi
        # "calls N  min X ms  median Y ms"
        read -r min median < <(sed -E 's/.*min ([0-9.]+) ms +median ([0-9.]+) ms.*/\1 \2/' <<<"$timing")
        printf '%s\t%s\t%s\n' "$name" "$min" "$median" >>"$natives"
        echo "   $name: $timing" >&2
    done <"$workloads/workloads.tsv"
else
    echo "== no clang: the table has no native column (apt-get install -y clang-19)" >&2
fi

echo "== JMH (load average now: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'))" >&2
cd "$root"
exec java -cp "$here/target/benchmarks.jar" -Djwasm.bench.workloads="$workloads" dev.jwasm.bench.Suite \
    --native "$natives" --out "$out" "$@"
