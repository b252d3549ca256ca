// `pnpm bench`: runs every benchmark under bench/ (files named *.bench.ts / *.bench.mjs / *.bench.js),
// one after the other, each in its own Node process with the workspace-only `@dossier/source` condition (sources,
// no build needed). Benchmarks are not tests: they print ratios against peers measured in the
// same run and write bench/results/*.json. Arguments after `--` go to every benchmark.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const benchDir = join(root, 'bench');
const only = process.env.BENCH_ONLY; // e.g. BENCH_ONLY=grading
const files = readdirSync(benchDir)
  .filter((name) => /\.bench\.(ts|mts|mjs|js)$/.test(name))
  .filter((name) => !only || name.startsWith(only))
  .sort();
if (files.length === 0) {
  console.error('No benchmarks found in bench/ (*.bench.ts).');
  process.exit(1);
}
const args = process.argv.slice(2).filter((a) => a !== '--');
let failed = [];
for (const file of files) {
  console.log(`\n# ${file}\n`);
  const result = spawnSync(process.execPath, ['--conditions=@dossier/source', '--import', 'tsx', join(benchDir, file), ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) failed.push(file);
}
if (failed.length > 0) {
  console.error(`\nBenchmarks failed: ${failed.join(', ')}`);
  process.exit(1);
}
