// `pnpm bench` part: <dossier-customer-list> with 1k vs 100k customers in Debian's Chromium —
// time until the first rows are shown and the number of rows in the DOM (virtualised: it must not
// grow with the customers). Writes bench/results/customer-list.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { launchChromium } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import type { ListMeasure } from './customer-list/page.ts';

const root = resolve(import.meta.dirname, '..');
const sizes = [1_000, 100_000];
const runs = Number(process.env.BENCH_RUNS ?? 5);

const outDir = mkdtempSync(join(tmpdir(), 'dossier-list-bench-'));
await build({
  configFile: false,
  logLevel: 'warn',
  root,
  resolve: { conditions: ['@dossier/source', 'browser', 'module', 'import', 'default'] },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    lib: { entry: join(root, 'bench/customer-list/page.ts'), formats: ['es'], fileName: () => 'page.js' },
  },
});
writeFileSync(
  join(outDir, 'index.html'),
  '<!doctype html><meta charset="utf-8"><title>list bench</title><script type="module" src="./page.js"></script>',
);

const server = await serveStatic(outDir);
const browser = await launchChromium();
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const results: Record<string, { medianMs: number; runsMs: number[]; domRows: number; domRowsAfterScroll: number }> = {};
try {
  for (const size of sizes) {
    const times: number[] = [];
    let last: ListMeasure | undefined;
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${server.url}/index.html`);
      await page.waitForFunction(() => 'measureList' in globalThis);
      last = await page.evaluate((n) => (globalThis as unknown as { measureList(n: number): Promise<ListMeasure> }).measureList(n), size);
      times.push(last.ms);
      await page.close();
    }
    results[size] = { medianMs: median(times), runsMs: times, domRows: last!.domRows, domRowsAfterScroll: last!.domRowsAfterScroll };
    console.log(
      `${size.toLocaleString('en')} customers: first rows shown after ${median(times).toFixed(1)} ms (median of ${runs}), ` +
        `${last!.domRows} rows in the DOM, ${last!.domRowsAfterScroll} after scrolling to the middle`,
    );
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}

const small = results[sizes[0]!]!;
const large = results[sizes[1]!]!;
const ratio = large.medianMs / small.medianMs;
console.log(`\nrender time 100k / 1k: ${ratio.toFixed(2)}×; DOM rows 100k / 1k: ${large.domRows} / ${small.domRows}`);
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(
  join(root, 'bench/results/customer-list.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), runs, results, ratio100kTo1k: ratio }, null, 2)}\n`,
);
