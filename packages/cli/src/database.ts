import type { DossierRecords, PostgresStore, StoreKind } from '@dossier/storage-adapters';
import { LocalizedError, translate } from '@dossier/core';
import type { Locale } from '@dossier/core';
import { CliError } from './errors.js';
import type { CliIo } from './io.js';
import { messages } from './messages.js';

/** The book in PostgreSQL: the store (Dossier's kinds) on a pool the command owns. */
export interface BookDatabase {
  readonly store: PostgresStore<DossierRecords>;
  /** Progress on standard error (unless quiet). */
  progress(step: string): void;
  /** Turns a store failure into a `CliError` naming the server (password hidden). */
  fail(error: unknown): never;
  close(): Promise<void>;
}

/** Options of {@link openDatabase}. */
export interface OpenDatabaseOptions {
  url: string;
  /** SQL schema of the tables (default `dossier`). */
  schema?: string | undefined;
  locale: Locale;
  quiet?: boolean | undefined;
}

/**
 * The URL with its password hidden, for messages.
 *
 * @example
 * redactedUrl('postgres://erp:secret@db:5432/book') // 'postgres://erp:***@db:5432/book'
 */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}

/**
 * Connects to PostgreSQL through a `pg.Pool` with an `'error'` listener (an idle connection that
 * the server drops — a restart, a network cut — is reported on standard error instead of
 * crashing the process) and opens the store on it, creating its tables when missing.
 *
 * @example
 * const db = await openDatabase({ url: process.env.DATABASE_URL!, locale: 'zh-CN' }, io);
 * const figures = await db.store.customerFigures({ asOf: '2026-01-01', windowDays: 365 });
 * await db.close();
 */
export async function openDatabase(options: OpenDatabaseOptions, io: CliIo): Promise<BookDatabase> {
  const url = redactedUrl(options.url);
  const progress = (step: string) => {
    if (!options.quiet) io.stderr.write(`${translate(messages, options.locale, 'progress.database', { step })}\n`);
  };
  const fail = (error: unknown): never => {
    if (error instanceof CliError) throw error;
    const detail = error instanceof LocalizedError ? error.messageIn(options.locale) : error instanceof Error ? error.message : String(error);
    throw new CliError('database', { url, detail });
  };
  // Loaded here, not with the module: a command on files never loads the client or the store.
  const [{ default: pg }, { createPostgresStore, dossierKinds }] = await Promise.all([import('pg'), import('@dossier/storage-adapters')]);
  const pool = new pg.Pool({ connectionString: options.url, max: 4, connectionTimeoutMillis: 10_000 });
  pool.on('error', (error) => io.stderr.write(`${translate(messages, options.locale, 'error.database', { url, detail: error.message })}\n`));
  let store: PostgresStore<DossierRecords>;
  try {
    store = await createPostgresStore<DossierRecords>({ db: pool, kinds: dossierKinds(), actor: 'dossier-cli', ...(options.schema ? { schema: options.schema } : {}) });
  } catch (error) {
    await pool.end().catch(() => undefined);
    return fail(error);
  }
  progress(translate(messages, options.locale, 'database.connected', { url, schema: options.schema ?? 'dossier' }));
  return {
    store,
    progress,
    fail,
    async close() {
      await store.close().catch(() => undefined);
      await pool.end().catch(() => undefined);
    },
  };
}

/**
 * Every live record of a kind, page by page.
 *
 * @example
 * const customers = await listEvery(db.store, 'customer');
 */
export async function listEvery<K extends StoreKind>(store: PostgresStore<DossierRecords>, kind: K): Promise<DossierRecords[K][]> {
  const out: DossierRecords[K][] = [];
  let cursor: string | undefined;
  do {
    const page = await store.list(kind, { limit: 1000, sort: 'id', ...(cursor ? { cursor } : {}) });
    for (const item of page.items) out.push(item.value);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return out;
}
