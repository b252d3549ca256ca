/**
 * The URL of the PostgreSQL server of this test run (see `postgres-global-setup.ts`).
 */
import { inject } from 'vitest';
import type {} from './postgres-global-setup.ts';

export function testDatabaseUrl(): string {
  const url = inject('databaseUrl');
  if (!url) throw new Error('No PostgreSQL server: run the tests through vitest.config.ts (its globalSetup starts one)');
  return url;
}
