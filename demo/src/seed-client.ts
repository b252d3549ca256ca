// The page's side of the seed's generator worker, kept free of runtime imports so that the page
// can start the generator (seed-early.ts) while its own modules are still loading.
import type { Customer, GradingRun } from '@dossier/core';
import type { SampleArchive, SampleRep } from '@dossier/core/sample';

/** The sample generator's seed of the demo's archive: the same seed, the same customers and reps. */
export const demoSeed = 20_260_101;
/** Id of the grading run seeded for the previous period: its presence marks a complete seed. */
export const seedRunId = 'run-previous-period';
/** Days between the seeded previous run and the demo's "today". */
export const previousRunDays = 182;
/** Customers written before the page opens: a few screens of the list. */
export const firstScreens = 120;
/** Customers of the browser page's archive (`?customers=N` asks for another number). */
export const indexedDbCustomers = 2500;

/** Today's date in UTC as an ISO date: the only place the demo reads the clock for data. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Customers to generate: `?customers=N` (the end-to-end tests use a small archive), else the
 * page's default (2,500 in the browser; 800 on the ERP page, where every record crosses HTTP
 * into PostgreSQL).
 */
export function customerCount(fallback: number): number {
  const asked = Number(new URLSearchParams(location.search).get('customers'));
  return Number.isInteger(asked) && asked > 0 ? Math.min(asked, 20_000) : fallback;
}

/** What to generate. */
export interface SeedRequest {
  seed: number;
  customers: number;
  asOf: string;
}

/** The list's first screens of customers, in the list's order, and the sales organisation. */
export interface SeedFirst {
  customers: Customer[];
  reps: SampleRep[];
  /** Records the whole seed writes (the progress bar's total). */
  records: number;
}

/** Everything else: the other customers in the list's order, their records, the previous run. */
export type SeedRest = Pick<SampleArchive, 'contacts' | 'opportunities' | 'interactions' | 'transactions' | 'tasks' | 'serviceCases' | 'contracts'> & {
  customers: Customer[];
  run: GradingRun;
};

/** The page's messages to the worker: generate (answered with the first part), then send the rest. */
export type SeedCommand = { type: 'generate'; request: SeedRequest } | { type: 'rest' };
/** The worker's answers. */
export type SeedReply = { ok: true; part: 'first'; value: SeedFirst } | { ok: true; part: 'rest'; value: SeedRest } | { ok: false; message: string };

/** A generation under way. */
export interface Generation {
  readonly request: SeedRequest;
  readonly first: Promise<SeedFirst>;
  /** Asks for the rest (after the first part is written, so that its transfer does not hold the page up). */
  rest(): Promise<SeedRest>;
  cancel(): void;
}

function generate(request: SeedRequest): Generation {
  if (typeof Worker === 'undefined') {
    const prepared = import('./seed-prepare.js').then((module) => module.prepareSeed(request));
    return { request, first: prepared.then((p) => p.first), rest: () => prepared.then((p) => p.rest), cancel: () => undefined };
  }
  const worker = new Worker(new URL('./seed-worker.ts', import.meta.url), { type: 'module' });
  const waiting = new Map<'first' | 'rest', { resolve: (value: never) => void; reject: (error: Error) => void }>();
  const wait = <T>(part: 'first' | 'rest') => new Promise<T>((resolve, reject) => waiting.set(part, { resolve: resolve as (value: never) => void, reject }));
  const fail = (error: Error) => {
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
    worker.terminate();
  };
  worker.addEventListener('message', (event: MessageEvent<SeedReply>) => {
    const reply = event.data;
    if (!reply.ok) return fail(new Error(reply.message));
    waiting.get(reply.part)?.resolve(reply.value as never);
    waiting.delete(reply.part);
    if (reply.part === 'rest') worker.terminate();
  });
  worker.addEventListener('error', (event) => fail(new Error(event.message || 'the generator worker failed')));
  const first = wait<SeedFirst>('first');
  // A generation started early and never taken must not report an unhandled rejection.
  first.catch(() => undefined);
  worker.postMessage({ type: 'generate', request } satisfies SeedCommand);
  return {
    request,
    first,
    rest() {
      const rest = wait<SeedRest>('rest');
      worker.postMessage({ type: 'rest' } satisfies SeedCommand);
      return rest;
    },
    cancel: () => fail(new Error('seed generation cancelled')),
  };
}

let early: Generation | undefined;

/** Starts generating before the page knows whether it must seed (seed-early.ts). */
export function startEarly(request: SeedRequest): void {
  early?.cancel();
  early = generate(request);
}

/** Stops a generation started early that the page turned out not to need. */
export function cancelEarly(): void {
  early?.cancel();
  early = undefined;
}

/** The generation for a seed: the one started early when it asked for the same, else a new one. */
export function takeGeneration(request: SeedRequest): Generation {
  const started = early;
  early = undefined;
  if (started && started.request.seed === request.seed && started.request.customers === request.customers && started.request.asOf === request.asOf) return started;
  started?.cancel();
  return generate(request);
}

const hintKey = (page: string) => `dossier-demo:seeded:${page}`;

/** Whether this browser has seen the page's archive complete (a hint only: the store decides). */
export function seededHint(page: string): boolean {
  return localStorage.getItem(hintKey(page)) === '1';
}

/** Records (or forgets, on reset) that the page's archive is complete. */
export function setSeededHint(page: string, seeded: boolean): void {
  if (seeded) localStorage.setItem(hintKey(page), '1');
  else localStorage.removeItem(hintKey(page));
}
