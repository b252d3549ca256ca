// Web Test Runner settings shared by the packages whose tests run in real Chromium
// (Debian's /usr/bin/chromium: these machines cannot download a browser).
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

/**
 * Serves a UMD file (papaparse ships no ES module) as an ES module with a default export,
 * as Vite's dependency pre-bundling does for the demo and Storybook.
 */
function umdAsModule(pattern) {
  return {
    name: 'umd-as-module',
    transform(context) {
      if (!pattern.test(context.path)) return undefined;
      return { body: `const module = { exports: {} };\nconst exports = module.exports;\n${context.body}\nexport default module.exports;\n` };
    },
  };
}

const repoRoot = fileURLToPath(new URL('..', import.meta.url));



/** @param {{ files: string | string[], timeout?: number }} options */
export function browserTestConfig({ files, timeout = 60_000 }) {
  return {
    files,
    rootDir: repoRoot,
    nodeResolve: { exportConditions: ['@dossier/source', 'browser'] },
    concurrency: 2,
    browserStartTimeout: 60_000,
    testsStartTimeout: 60_000,
    testsFinishTimeout: 10 * 60_000,
    testFramework: { config: { timeout } },
    plugins: [
      umdAsModule(/\/papaparse\/papaparse(\.min)?\.js$/),
      // esbuild reads the tsconfig raw (no `extends`): point it at the base file that
      // holds the decorator flags Lit needs.
      esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('../tsconfig.base.json', import.meta.url)), target: 'es2022' }),
    ],
    browsers: [
      chromeLauncher({ launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs } }),
    ],
  };
}
