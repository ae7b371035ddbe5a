// Runs the cases of programs.tsv on Node's WASI (node 20+) as a reference.
//   node run-node.mjs [--update] [--verbose] [CASE...]
// Each case runs in a fresh temporary directory laid out by its setup (see README.md);
// stdout and the exit status are compared with expected/CASE.stdout and the exit column,
// then the setup's after-run checks confirm nothing outside the sandbox changed.
// Cases marked "no" in the node column are skipped; for "partial" ones, where Node's WASI is
// weaker than the sandbox jwasm must provide, Node's own output is kept in
// expected/CASE.node.stdout and compared instead. --update rewrites the file compared
// against from Node's output (review the diff before committing it).
import { readFileSync, writeFileSync, openSync, closeSync, mkdtempSync, mkdirSync, rmSync, readdirSync,
  symlinkSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { WASI } from 'node:wasi';

const here = dirname(fileURLToPath(import.meta.url));
const update = process.argv.includes('--update');
const verbose = process.argv.includes('--verbose'); // prints each case's exit status and stderr
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));

const list = (field) => (field === '-' ? [] : field.split('|'));
const cases = readFileSync(join(here, 'programs.tsv'), 'utf8').trim().split('\n').slice(1)
  .map((line) => line.split('\t'))
  .map(([name, program, args, env, preopens, setup, stdin, exit, stderr, node]) => ({
    name, program, args: list(args), env: list(env), preopens: list(preopens), setup, stdin,
    exit: Number(exit), stderr: stderr === '-' ? null : stderr, node,
  }));

const sorted = (dir) => (existsSync(dir) ? readdirSync(dir).sort() : ['(missing)']);
const text = (path) => (existsSync(path) ? readFileSync(path, 'utf8') : null);
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const outsideIs = (root, names) => (same(sorted(root), names) ? [] : [`outside now holds ${sorted(root)}`]);

// Host layouts; each returns a check, run afterwards, that lists what changed: `outside` for
// changes outside every preopen (always an escape), `inside` for changes inside them that the
// expected output rules out (not enforced on "partial" cases, where Node's sandbox is weaker).
const setups = {
  none: () => () => ({ outside: [], inside: [] }),
  sandbox: (root) => {
    mkdirSync(join(root, 'sandbox'));
    return () => ({ outside: outsideIs(root, ['sandbox']), inside: same(sorted(join(root, 'sandbox')), []) ? [] : ['sandbox not left empty'] });
  },
  escape: (root) => {
    const sandbox = join(root, 'sandbox');
    mkdirSync(join(sandbox, 'sub'), { recursive: true });
    writeFileSync(join(root, 'outside.txt'), 'outside\n');
    writeFileSync(join(sandbox, 'inside.txt'), 'inside\n');
    symlinkSync('inside.txt', join(sandbox, 'link_in'));
    symlinkSync('../outside.txt', join(sandbox, 'link_rel_out'));
    symlinkSync('..', join(sandbox, 'link_up'));
    symlinkSync(join(root, 'outside.txt'), join(sandbox, 'link_abs_out'));
    return () => {
      const outside = outsideIs(root, ['outside.txt', 'sandbox']);
      if (text(join(root, 'outside.txt')) !== 'outside\n') outside.push('outside.txt changed');
      const inside = [];
      if (!same(sorted(sandbox), ['inside.txt', 'link_abs_out', 'link_in', 'link_rel_out', 'link_up', 'sub']))
        inside.push(`sandbox now holds ${sorted(sandbox)}`);
      if (text(join(sandbox, 'inside.txt')) !== 'inside\n') inside.push('inside.txt changed');
      if (!same(sorted(join(sandbox, 'sub')), [])) inside.push('sandbox/sub not empty');
      return { outside, inside };
    };
  },
  readonly: (root) => {
    mkdirSync(join(root, 'sandbox'));
    mkdirSync(join(root, 'readonly'));
    writeFileSync(join(root, 'readonly', 'data.txt'), 'read only\n');
    return () => {
      const outside = outsideIs(root, ['readonly', 'sandbox']);
      if (!same(sorted(join(root, 'readonly')), ['data.txt'])) outside.push(`readonly now holds ${sorted(join(root, 'readonly'))}`);
      if (text(join(root, 'readonly', 'data.txt')) !== 'read only\n') outside.push('data.txt changed');
      return { outside, inside: same(sorted(join(root, 'sandbox')), []) ? [] : ['sandbox not left empty'] };
    };
  },
};

// The stderr column holds the spec testsuite's trap wording (what jwasm prints); V8 says it so.
const v8Wording = {
  'out of bounds memory access': 'memory access out of bounds',
  'integer divide by zero': 'divide by zero',
  'integer overflow': 'divide result unrepresentable',
  'call stack exhausted': 'Maximum call stack size exceeded',
  'indirect call type mismatch': 'function signature mismatch',
  'unknown import': 'function="no_such_function"',
};

// Runs one case; exit status follows Wasmtime: a trap is 134, a failed instantiation 1.
function runCase(c, root, io) {
  const stdinPath = c.stdin === '-' ? join(io, 'empty-stdin') : join(here, 'input', c.stdin);
  if (c.stdin === '-') writeFileSync(stdinPath, '');
  const [stdin, stdout, stderr] = [openSync(stdinPath, 'r'), openSync(join(io, 'stdout'), 'w'), openSync(join(io, 'stderr'), 'w')];
  const preopens = {};
  for (const p of c.preopens) {
    const [guest, host] = p.split('=');
    preopens[guest] = join(root, host.replace(/:ro$/, '')); // Node has no read-only preopens
  }
  const env = Object.fromEntries(c.env.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
  const wasi = new WASI({ version: 'preview1', args: [`${c.program}.wasm`, ...c.args], env, preopens, stdin, stdout, stderr });
  let exit;
  try {
    const module = new WebAssembly.Module(readFileSync(join(here, `${c.program}.wasm`)));
    let instance;
    try {
      // An empty "env" turns a missing import into a LinkError, as for any other unknown import.
      instance = new WebAssembly.Instance(module, { ...wasi.getImportObject(), env: {} });
    } catch (e) {
      if (!(e instanceof WebAssembly.LinkError)) throw e;
      writeFileSync(stderr, `${e.message}\n`);
      exit = 1;
    }
    if (instance) exit = wasi.start(instance);
  } catch (e) {
    if (!(e instanceof WebAssembly.RuntimeError || e instanceof RangeError)) throw e;
    writeFileSync(stderr, `trap: ${e.message}\n`);
    exit = 134;
  } finally {
    [stdin, stdout, stderr].forEach((fd) => closeSync(fd));
  }
  return { exit, stdout: readFileSync(join(io, 'stdout'), 'utf8'), stderr: readFileSync(join(io, 'stderr'), 'utf8') };
}

let passed = 0, failed = 0, skipped = 0;
for (const c of cases.filter((c) => only.length === 0 || only.includes(c.name))) {
  if (c.node.startsWith('no')) {
    console.log(`skip ${c.name}: Node cannot check it (${c.node})`);
    skipped++;
    continue;
  }
  const root = mkdtempSync(join(tmpdir(), `wasi-${c.name}-`));
  const io = mkdtempSync(join(tmpdir(), `wasi-${c.name}-io-`));
  try {
    const check = setups[c.setup](root);
    const result = runCase(c, root, io);
    const expectedPath = join(here, 'expected', c.node.startsWith('partial') ? `${c.name}.node.stdout` : `${c.name}.stdout`);
    if (update) writeFileSync(expectedPath, result.stdout);
    if (verbose) console.log(`${c.name}: exit ${result.exit}; stderr: ${result.stderr.trim()}`);
    const changes = check();
    const problems = c.node.startsWith('partial') ? changes.outside : [...changes.outside, ...changes.inside];
    if (result.exit !== c.exit) problems.push(`exit ${result.exit}, expected ${c.exit}`);
    if (!existsSync(expectedPath)) problems.push('no expected stdout file');
    else if (result.stdout !== readFileSync(expectedPath, 'utf8')) problems.push(`stdout differs:\n${result.stdout}`);
    const wanted = c.stderr && (v8Wording[c.stderr] ?? c.stderr);
    if (wanted && !result.stderr.includes(wanted)) problems.push(`stderr lacks "${wanted}": ${result.stderr}`);
    if (problems.length === 0) passed++;
    else {
      failed++;
      console.log(`FAIL ${c.name}: ${problems.join('; ')}`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(io, { recursive: true, force: true });
  }
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 ? 0 : 1);
