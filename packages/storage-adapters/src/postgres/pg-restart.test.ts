import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { isStoreError } from '../contract/index.js';
import { startPostgresServer } from '../../test-support/postgres-server.ts';
import type { PostgresServer } from '../../test-support/postgres-server.ts';
import { createPostgresStore } from './postgres-store.js';

// A PostgreSQL server of its own (not the run's shared one), shut down at once — as a crash or
// a restart by the operator does — while a writer keeps writing through a pg.Pool set up as the
// README shows, with an 'error' listener.
describe('postgres adapter when PostgreSQL restarts during writes', () => {
  let server: PostgresServer;
  beforeAll(async () => {
    server = await startPostgresServer();
  }, 120_000);
  afterAll(() => server?.stop());

  it('keeps the process alive, reports unavailable while it is down, and resumes after', async () => {
    // The throwaway cluster runs with synchronous_commit off (fast tests); these sessions commit
    // durably, so that a write answered ok must survive the crash.
    const pool = new pg.Pool({ connectionString: `${server.url}?options=-c%20synchronous_commit%3Don`, max: 4, connectionTimeoutMillis: 2_000 });
    const poolErrors: Error[] = [];
    // Without this listener an idle client's "Connection terminated unexpectedly" is an
    // unhandled 'error' event, and Node ends the process.
    pool.on('error', (error) => poolErrors.push(error));
    const store = await createPostgresStore({ db: pool, schema: 'restart' });
    const outcomes: string[] = [];
    const written: string[] = [];
    let running = true;
    let n = 0;
    const writer = (async () => {
      while (running) {
        try {
          const id = `c${++n}`;
          await store.put('customer', { id });
          written.push(id);
          outcomes.push('ok');
        } catch (error) {
          outcomes.push(isStoreError(error, 'unavailable') ? 'unavailable' : `other: ${String(error)}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    })();
    const until = async (done: () => boolean, ms: number) => {
      const end = Date.now() + ms;
      while (!done() && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 20));
    };

    await until(() => outcomes.filter((o) => o === 'ok').length >= 5, 10_000);
    // Four clients in the pool, idle when the server goes.
    await Promise.all(['a', 'b', 'c', 'd'].map((id) => store.get('customer', id)));
    await server.halt();
    await until(() => outcomes.filter((o) => o === 'unavailable').length >= 3, 10_000);
    await server.resume();
    const downTo = outcomes.length;
    await until(() => outcomes.slice(downTo).filter((o) => o === 'ok').length >= 5, 30_000);
    running = false;
    await writer;

    expect(outcomes.filter((o) => o.startsWith('other'))).toEqual([]);
    expect(outcomes).toContain('unavailable');
    expect(outcomes.slice(downTo).filter((o) => o === 'ok').length).toBeGreaterThanOrEqual(5);
    // The idle clients' errors reached the listener (the process is alive to count them).
    expect(poolErrors.length).toBeGreaterThan(0);
    // Every write that answered ok is stored.
    const stored = new Set((await store.list('customer', { limit: 1000 })).items.map((item) => item.id));
    expect(written.filter((id) => !stored.has(id))).toEqual([]);
    await store.close();
    await pool.end();
  }, 90_000);
});
