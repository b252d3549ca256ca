// `pnpm bench` part: <dossier-customer-list> with 1k vs 100k customers in Debian's Chromium —
// time until the first rows are shown and the number of rows in the DOM (virtualised: it must not
// grow with the customers), from given rows and from an IndexedDB store (seeded once per size,
// before any clock; the list then reads pages in name order). Writes bench/results/customer-list.json.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import type { ListMeasure } from './customer-list/page.ts';
import { bundleForBrowser } from './shared/browser-bundle.ts';

const root = resolve(import.meta.dirname, '..');
const sizes = [1_000, 100_000];
const runs = Number(process.env.BENCH_RUNS ?? 5);

const outDir = await bundleForBrowser('bench/customer-list/page.ts', 'page.js', { prefix: 'dossier-list-bench-' });
writeFileSync(
  join(outDir, 'index.html'),
  '<!doctype html><meta charset="utf-8"><title>list bench</title><script type="module" src="./page.js"></script>',
);

const server = await serveStatic(outDir);
const browser = await launchChromium();
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

type Result = { medianMs: number; runsMs: number[]; domRows: number; domRowsAfterScroll: number };
const results: Record<string, Result> = {};
const storeResults: Record<string, Result & { seedMs: number }> = {};
const loadBefore = loadavg()[0]!;
console.log(`load average before: ${loadBefore.toFixed(2)}${loadBefore > 1 ? ' (above 1: the machine is busy, timings are not a quiet measure)' : ''}`);
// One browser context for every page: the IndexedDB stores seeded once stay for the runs.
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
type Fn = 'measureList' | 'measureStoreList' | 'seedStoreList';
async function inPage<T>(fn: Fn, n: number): Promise<T> {
  const page = await context.newPage();
  try {
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => 'measureList' in globalThis);
    return await page.evaluate(([name, size]) => (globalThis as unknown as Record<string, (n: number) => Promise<T>>)[name]!(size), [fn, n] as const);
  } finally {
    await page.close();
  }
}
try {
  for (const [mode, fn] of [['rows', 'measureList'], ['store', 'measureStoreList']] as const) {
    for (const size of sizes) {
      const seedMs = mode === 'store' ? await inPage<number>('seedStoreList', size) : 0;
      // One run first, not counted: the browser's first compile and, after seeding, its database work settle.
      await inPage<ListMeasure>(fn, size);
      const times: number[] = [];
      let last: ListMeasure | undefined;
      for (let run = 0; run < runs; run++) {
        last = await inPage<ListMeasure>(fn, size);
        times.push(last.ms);
      }
      const result = { medianMs: median(times), runsMs: times, domRows: last!.domRows, domRowsAfterScroll: last!.domRowsAfterScroll };
      if (mode === 'rows') results[size] = result;
      else storeResults[size] = { ...result, seedMs };
      console.log(
        `${mode === 'rows' ? 'given rows' : 'IndexedDB store'}, ${size.toLocaleString('en')} customers: first rows shown after ${median(times).toFixed(1)} ms (median of ${runs}), ` +
          `${last!.domRows} rows in the DOM, ${last!.domRowsAfterScroll} after scrolling to the middle` +
          (seedMs ? ` (seeded in ${(seedMs / 1000).toFixed(1)} s, before the clock)` : ''),
      );
    }
  }
} finally {
  await context.close();
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}

const small = results[sizes[0]!]!;
const large = results[sizes[1]!]!;
const ratio = large.medianMs / small.medianMs;
const storeRatio = storeResults[sizes[1]!]!.medianMs / storeResults[sizes[0]!]!.medianMs;
const loadAfter = loadavg()[0]!;
console.log(`\ngiven rows, render time 100k / 1k: ${ratio.toFixed(2)}×; DOM rows 100k / 1k: ${large.domRows} / ${small.domRows}`);
console.log(`IndexedDB store, first rows 100k / 1k: ${storeRatio.toFixed(2)}× (goal ≤ 1.5×)`);
console.log(`load average after: ${loadAfter.toFixed(2)}`);
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(
  join(root, 'bench/results/customer-list.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), loadAverage: { before: loadBefore, after: loadAfter }, runs, results, ratio100kTo1k: ratio, store: storeResults, storeRatio100kTo1k: storeRatio }, null, 2)}\n`,
);
