// One demo dev server for every end-to-end test file (started once by vitest's globalSetup, in
// the main process): modules are transformed once, and the ERP page's embedded PGlite (in
// memory, never a DATABASE_URL of the person running the tests) starts while other files run.
import type { TestProject } from 'vitest/node';
import { startDemoServer } from './demo-support.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  process.env['DOSSIER_DEMO_PGLITE_DIR'] = 'memory://';
  delete process.env['DATABASE_URL'];
  const { url, server } = await startDemoServer();
  project.provide('demoUrl', url);
  // Open the ERP database now: PGlite takes seconds to start.
  fetch(`${url}/demo-admin/info`).catch(() => undefined);
  return async () => {
    await server.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    demoUrl: string;
  }
}
