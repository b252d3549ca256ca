// `pnpm start`: install the workspace and serve the demo site (demo/), which embeds the
// Dossier widgets on IndexedDB and seeds itself with sample data on first open.
import { spawnSync } from 'node:child_process';
import { ensurePnpm } from './ensure-pnpm.mjs';

ensurePnpm();
const run = (args) => {
  const result = spawnSync('pnpm', args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run(['install', '--frozen-lockfile', '--prefer-offline']);
run(['exec', 'vite', '--config', 'demo/vite.config.ts', ...process.argv.slice(2)]);
