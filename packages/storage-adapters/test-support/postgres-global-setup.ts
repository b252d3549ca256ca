/**
 * vitest globalSetup: gives the tests a PostgreSQL server as `inject('databaseUrl')`.
 * With `DOSSIER_TEST_DATABASE_URL` set, that server is used as is; otherwise a throwaway
 * cluster is created, started, and removed again when the run ends.
 */
import type { TestProject } from 'vitest/node';
import { startPostgresServer } from './postgres-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the PostgreSQL server the postgres adapter tests run against. */
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const external = process.env.DOSSIER_TEST_DATABASE_URL;
  if (external) {
    project.provide('databaseUrl', external);
    return () => {};
  }
  const server = await startPostgresServer();
  project.provide('databaseUrl', server.url);
  return () => server.stop();
}
