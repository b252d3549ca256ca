// Reads the logs of every test runner of `pnpm test` and prints one closing line,
// `Summary: N passed, N failed`, so the run ends with a total across vitest (Node) and
// web-test-runner (Chromium). Each log holds one package's or suite's output.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
// eslint-disable-next-line no-control-regex -- ANSI colour codes
const strip = (text) => text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '');
let passed = 0;
let failed = 0;
const parts = [];

for (const name of readdirSync(dir).sort()) {
  const text = strip(readFileSync(join(dir, name), 'utf8'));
  let filePassed = 0;
  let fileFailed = 0;
  // vitest: "Tests  12 passed | 1 failed (13)" — one closing line per vitest run
  for (const match of text.matchAll(/^\s*Tests\s+(.+)\(\d+\)\s*$/gm)) {
    filePassed += Number(/(\d+) passed/.exec(match[1])?.[1] ?? 0);
    fileFailed += Number(/(\d+) failed/.exec(match[1])?.[1] ?? 0);
  }
  // web-test-runner: "... | 31 passed, 0 failed" — progress lines; the last one is final
  const wtr = [...text.matchAll(/test files \| (\d+) passed, (\d+) failed/g)].at(-1);
  if (wtr) {
    filePassed += Number(wtr[1]);
    fileFailed += Number(wtr[2]);
  }
  passed += filePassed;
  failed += fileFailed;
  parts.push(`${name.replace(/\.log$/, '')} ${filePassed}/${filePassed + fileFailed}`);
}

if (parts.length === 0) {
  console.log('\nNo test suite ran: a step before the tests failed (see above).');
  process.exit(0);
}
console.log(`\n${parts.join(' · ')}`);
console.log(`Summary: ${passed} passed, ${failed} failed`);
