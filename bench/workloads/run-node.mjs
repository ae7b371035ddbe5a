// Reference check and timing of the workloads on Node's V8 (node 20+).
//   node run-node.mjs [--calls N] [NAME...]
// For each workload in workloads.tsv: instantiates wasm/NAME.wasm, calls _initialize if
// exported, then run(), and checks the checksum; runs wasm/NAME-cmd.wasm under node:wasi and
// checks its stdout; if target/NAME (native, from build.sh) exists, checks it too. Then times
// run() after a warm-up, and natively the same, and prints a Markdown table of the fastest
// of N calls (robust against other load on a shared machine) and, after a slash, the median.
import { readFileSync, openSync, closeSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { WASI } from 'node:wasi';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
let calls = 20;
const only = [];
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--calls') calls = Number(argv[++i]);
  else only.push(argv[i]);
}

const rows = readFileSync(join(here, 'workloads.tsv'), 'utf8').trim().split('\n').slice(1)
  .map((line) => line.split('\t'))
  .map(([name, checksum, features, exercises]) => ({ name, checksum, features, exercises }))
  .filter((w) => only.length === 0 || only.includes(w.name));

function minAndMedian(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return `${sorted[0].toFixed(2)} / ${sorted[Math.floor(sorted.length / 2)].toFixed(2)}`;
}

async function reactorRun(name) {
  const module = await WebAssembly.compile(readFileSync(join(here, 'wasm', `${name}.wasm`)));
  if (WebAssembly.Module.imports(module).length !== 0) throw new Error(`${name}.wasm has imports`);
  const { exports } = await WebAssembly.instantiate(module, {});
  if (exports._initialize) exports._initialize();
  return exports.run;
}

function commandOutput(name) {
  const dir = mkdtempSync(join(tmpdir(), 'workload-'));
  try {
    const outPath = join(dir, 'stdout');
    const out = openSync(outPath, 'w');
    const wasi = new WASI({ version: 'preview1', args: [`${name}-cmd.wasm`], env: {}, stdout: out });
    const module = new WebAssembly.Module(readFileSync(join(here, 'wasm', `${name}-cmd.wasm`)));
    const instance = new WebAssembly.Instance(module, wasi.getImportObject());
    const code = wasi.start(instance);
    closeSync(out);
    if (code !== 0) throw new Error(`${name}-cmd.wasm exited with ${code}`);
    return readFileSync(outPath, 'utf8').trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Native checksum and call times in ms, or null when build.sh has not built it.
function nativeRun(name) {
  const exe = join(here, 'target', name);
  if (!existsSync(exe)) return null;
  const result = spawnSync(exe, [String(calls)], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`target/${name} failed: ${result.stderr}`);
  const [, min, median] = /min ([0-9.]+) ms +median ([0-9.]+) ms/.exec(result.stderr);
  return { checksum: result.stdout.trim(), times: `${Number(min).toFixed(2)} / ${Number(median).toFixed(2)}` };
}

let failures = 0;
const table = ['| workload | exercises | checksum | native ms (min / median) | node ms (min / median) |', '|---|---|---|---:|---:|'];
for (const w of rows) {
  const run = await reactorRun(w.name);
  const native = nativeRun(w.name);
  const checks = { reactor: String(run()), command: commandOutput(w.name), native: native && native.checksum };
  for (const [kind, got] of Object.entries(checks)) {
    if (got !== null && got !== w.checksum) {
      console.error(`${w.name} (${kind}): checksum ${got}, workloads.tsv says ${w.checksum}`);
      failures++;
    }
  }
  const warmUntil = performance.now() + 1000;
  for (let i = 0; i < 5 || performance.now() < warmUntil; i++) run();
  const times = [];
  for (let i = 0; i < calls; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  table.push(`| ${w.name} | ${w.exercises} | ${w.checksum} | ${native ? native.times : 'n/a'} | ${minAndMedian(times)} |`);
}
console.log(table.join('\n'));
console.log(failures === 0 ? 'all checksums match' : `${failures} checksum mismatches`);
process.exit(failures === 0 ? 0 : 1);
