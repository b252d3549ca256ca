// Builds the browser half of the storage benchmark with Vite, serves it on 127.0.0.1 and drives
// Debian's Chromium through playwright-core (no browser download on these machines).
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import type { BrowserBenchOptions, BrowserBenchTimes } from './browser.ts';

const root = resolve(import.meta.dirname, '../..');

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface ChromiumBench {
  run(engine: 'adapter' | 'dexie', options: BrowserBenchOptions): Promise<BrowserBenchTimes>;
  close(): Promise<void>;
}

export async function startChromiumBench(): Promise<ChromiumBench> {
  const outDir = mkdtempSync(join(tmpdir(), 'dossier-storage-bench-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    resolve: { conditions: ['development', 'browser', 'module', 'import', 'default'] },
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'es2022',
      lib: { entry: join(root, 'bench/storage/browser.ts'), formats: ['es'], fileName: () => 'bench.js' },
      rollupOptions: { external: [] },
    },
  });
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
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs, headless: true });
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error));
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.addScriptTag({ type: 'module', content: `import * as bench from '/bench.js'; window.storageBench = bench; window.storageBenchReady = true;` });
  await page.waitForFunction(() => (window as unknown as { storageBenchReady?: boolean }).storageBenchReady === true);
  return {
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
