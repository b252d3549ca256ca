// Builds the browser half of the storage benchmark with Vite, serves it on 127.0.0.1 and drives
// Debian's Chromium through playwright-core (no browser download on these machines).
import { createServer } from 'node:http';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { bundleForBrowser } from '../shared/browser-bundle.ts';
import type { BrowserBenchOptions, BrowserBenchTimes } from './browser.ts';

export interface ChromiumBench {
  /** Top self-time functions since start (with STORAGE_BENCH_PROFILE=1). */
  profile(): Promise<[string, number][] | undefined>;
  run(engine: 'adapter' | 'dexie', options: BrowserBenchOptions): Promise<BrowserBenchTimes>;
  close(): Promise<void>;
}

export async function startChromiumBench(): Promise<ChromiumBench> {
  const outDir = await bundleForBrowser('bench/storage/browser.ts', 'bench.js', { prefix: 'dossier-storage-bench-', minify: false });
  const script = readFileSync(join(outDir, 'bench.js'), 'utf8');
  const server = createServer((request, response) => {
    if (request.url === '/bench.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(script);
    } else {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<!doctype html><meta charset="utf-8"><title>storage bench</title>');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.addScriptTag({ type: 'module', content: `import * as bench from '/bench.js'; window.storageBench = bench; window.storageBenchReady = true;` });
  await page.waitForFunction(() => (window as unknown as { storageBenchReady?: boolean }).storageBenchReady === true);
  const profile = process.env.STORAGE_BENCH_PROFILE === '1' ? await page.context().newCDPSession(page) : undefined;
  if (profile) {
    await profile.send('Profiler.enable');
    await profile.send('Profiler.start');
  }
  return {
    async profile() {
      if (!profile) return undefined;
      const { profile: p } = (await profile.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[]; samples: number[]; timeDeltas: number[] } };
      const self = new Map<string, number>();
      for (const node of p.nodes) {
        const key = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
        self.set(key, (self.get(key) ?? 0) + (node.hitCount ?? 0));
      }
      return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
    },
    async run(engine, options) {
      return page.evaluate(
        ([which, o]) => {
          const bench = (window as unknown as { storageBench: Record<string, (o: unknown) => Promise<BrowserBenchTimes>> }).storageBench;
          return bench[which === 'adapter' ? 'runAdapter' : 'runDexie']!(o);
        },
        [engine, options] as const,
      );
    },
    async close() {
      await browser.close();
      server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
