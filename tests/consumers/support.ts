// The consumer tests' tools: pack the workspace's packages, install the tarballs with npm into a
// temporary folder outside the workspace, run the consumer's own tsc and vite, serve, and
// look at a page in Debian's Chromium.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';

export const workspace = fileURLToPath(new URL('../../', import.meta.url));
export const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
/** The packages a web developer installs (the CLI is a command, not part of an app). */
export const packages = ['core', 'storage-adapters', 'components'] as const;

/** What an ordinary app adds besides Dossier: the workspace's own versions of each. */
function versionOf(name: string): string {
  return (JSON.parse(readFileSync(join(workspace, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}
// @faker-js/faker is the optional peer of @dossier/core/sample (one README block uses it).
const common = ['vite', 'typescript', 'zod', 'react', 'react-dom', '@types/react', '@types/react-dom', '@electric-sql/pglite', 'pg', '@types/pg', '@types/node', '@faker-js/faker'];

/**
 * The environment of a developer's shell: without what vitest sets for its own run
 * (`NODE_ENV=test` would make Vite build with the `development` condition: Lit's dev build).
 */
const shellEnv: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));

/** Runs a command to its end; throws with its output when it fails. */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...shellEnv, ...env }, maxBuffer: 64 * 1024 * 1024 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${result.status}:\n${output}`);
  return output;
}

/**
 * Packs every package (`pnpm pack`, as publishing would) and installs the tarballs with the
 * common dependencies into one npm project in the system's temporary folder; each fixture app
 * is a folder of it with its own package.json. Returns the project folder.
 */
export function installConsumerProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'dossier-consumers-'));
  const packs = join(root, 'packs');
  mkdirSync(packs);
  const dependencies: Record<string, string> = {};
  for (const name of packages) {
    const before = new Set(readdirSync(packs));
    run('pnpm', ['pack', '--pack-destination', packs], join(workspace, 'packages', name));
    const tarball = readdirSync(packs).find((file) => !before.has(file))!;
    dependencies[`@dossier/${name}`] = `file:./packs/${tarball}`;
  }
  for (const name of common) dependencies[name] = versionOf(name);
  const app = join(root, 'project');
  mkdirSync(app);
  cpSync(packs, join(app, 'packs'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer-apps', private: true, type: 'module', dependencies }, null, 2));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], app);
  return app;
}

/** Copies a fixture app into the project, as its own package. */
export function addApp(project: string, name: string): string {
  const dir = join(project, name);
  cpSync(join(fixtures, name), dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `${name}-app`, private: true, type: 'module' }, null, 2));
  return dir;
}

/** The consumer's own tsc and vite. */
export const tsc = (project: string, cwd: string, ...args: string[]) => run(process.execPath, [join(project, 'node_modules/typescript/bin/tsc'), ...args], cwd);
export const viteBuild = (project: string, cwd: string) => run(process.execPath, [join(project, 'node_modules/vite/bin/vite.js'), 'build'], cwd);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A running `vite` (dev) or `vite preview` server of an app. */
export interface ViteServer {
  url: string;
  output: () => string;
  close: () => Promise<void>;
}

export async function startVite(project: string, cwd: string, mode: 'dev' | 'preview'): Promise<ViteServer> {
  const port = await freePort();
  const args = [join(project, 'node_modules/vite/bin/vite.js'), ...(mode === 'preview' ? ['preview'] : []), '--port', String(port), '--strictPort', '--host', '127.0.0.1'];
  const child: ChildProcess = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...shellEnv, BROWSER: 'none' } });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vite ${mode} exited ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`vite ${mode} did not answer on ${url}:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    output: () => output,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** What a person sees on an archive page: rows of the list, the card's and the badge's text. */
export interface PageReport {
  errors: string[];
  rows: string;
  card: string;
  badge: string;
  /** Requests for a package's TypeScript sources (the `development` condition trap). */
  sourceRequests: string[];
}

/** Opens a page and waits until the list shows both seeded customers, the card and the badge. */
export async function inspectArchivePage(browser: Browser, url: string, options: { badgeOnly?: boolean } = {}): Promise<PageReport> {
  const page = await browser.newPage();
  const errors: string[] = [];
  const sourceRequests: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('request', (request) => {
    if (/@dossier\/[a-z-]+\/src\/.*\.ts/.test(request.url())) sourceRequests.push(request.url());
  });
  try {
    await page.goto(url);
    await page.waitForFunction(
      (badgeOnly) => {
        if (badgeOnly) return (document.querySelector('dossier-tier-badge')?.shadowRoot?.textContent ?? '').includes('A');
        const rows = document.querySelector('dossier-customer-list')?.shadowRoot?.querySelector('[part=rows]')?.textContent ?? '';
        const card = document.querySelector('dossier-customer-card')?.shadowRoot?.textContent ?? '';
        const badge = document.querySelector('dossier-tier-badge')?.shadowRoot?.textContent ?? '';
        return rows.includes('杭州科技') && rows.includes('宁波贸易') && card.includes('杭州科技') && badge.includes('A');
      },
      options.badgeOnly ?? false,
      { timeout: 60_000 },
    ).catch(() => undefined);
    const seen = await page.evaluate(() => ({
      rows: document.querySelector('dossier-customer-list')?.shadowRoot?.querySelector('[part=rows]')?.textContent ?? '',
      card: document.querySelector('dossier-customer-card')?.shadowRoot?.textContent ?? '',
      badge: document.querySelector('dossier-tier-badge')?.shadowRoot?.textContent ?? '',
    }));
    const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
    return { errors, rows: squeeze(seen.rows), card: squeeze(seen.card), badge: squeeze(seen.badge), sourceRequests };
  } finally {
    await page.close();
  }
}
