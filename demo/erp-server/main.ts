// `pnpm erp-server`: the reference ERP server on PORT (default 8080), on DATABASE_URL or, without
// one, an embedded PGlite in ERP_DATA_DIR (default .tmp/erp-server). Stops gracefully on
// SIGINT/SIGTERM.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { startErpServer } from './server.ts';

const root = resolve(import.meta.dirname, '../..');
const dataDir = process.env['ERP_DATA_DIR'] ?? resolve(root, '.tmp/erp-server');
// The key of the secret fields lives in a file of its own, never in the database it protects.
const keyFile = process.env['ERP_KEY_FILE'] ?? resolve(root, '.tmp/erp-server.key');
if (!existsSync(keyFile)) {
  mkdirSync(dirname(keyFile), { recursive: true });
  writeFileSync(keyFile, randomBytes(32), { mode: 0o600 });
}
if (!process.env['DATABASE_URL']) mkdirSync(dataDir, { recursive: true });

const server = await startErpServer({
  databaseUrl: process.env['DATABASE_URL'],
  dataDir,
  port: Number(process.env['PORT'] ?? 8080),
  key: new Uint8Array(readFileSync(keyFile)),
  secureCookie: process.env['ERP_SECURE_COOKIE'] === '1',
});
process.stdout.write(`ERP server on ${server.url} — sign in as manager / manager-2026, rep1 / rep1-2026 or rep2 / rep2-2026\n`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    process.stdout.write('erp-server: shutting down\n');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
