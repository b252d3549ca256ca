// `npm start` / `npm test` work before pnpm is installed: install pnpm 10 once, then hand over.
import { execSync } from 'node:child_process';

export function ensurePnpm() {
  try {
    execSync('pnpm --version', { stdio: 'ignore' });
  } catch {
    console.log('Installing pnpm 10 (npm i -g pnpm@10)…');
    execSync('npm install -g pnpm@10', { stdio: 'inherit' });
  }
}
