// Audit sessions: one entry per card view, per list view and per grading run, instead of one per
// record read or written. The logs stay append-only (the PostgreSQL log refuses UPDATE in the database
// itself), so merging happens here, where the privacy store decides what to append.
import type { AuditEntry } from '@dossier/core';

/** How long one viewing session of a customer lasts, from its first logged read: 30 minutes. */
export const auditSessionMs = 30 * 60_000;

/** One read as the privacy store saw it: the confidential fields a viewer received in plain. */
export interface AuditRead {
  at: string;
  userId: string;
  roleId: string;
  kind: string;
  recordId: string;
  customerId?: string | undefined;
  fields: readonly string[];
}

interface Session {
  start: number;
  /** Fields logged (or being logged) in this session: `mobile`, `contact:mobile`. */
  readonly recorded: Set<string>;
  /** The entry being gathered: reads arriving before it is appended join it. */
  pending?: { readonly fields: Set<string>; readonly done: Promise<void> } | undefined;
  /** Settles when every entry of the session appended so far is in the log (errors swallowed: the chain goes on). */
  settled: Promise<void>;
  /** The latest append: a read of fields already gathered waits for it, and fails with it. */
  last: Promise<void>;
}

/** The longest an entry waits for the viewer's other reads in flight to join it. */
const maxGatherMs = 1000;

/** A read in progress, from the call to its return: see {@link AuditReadSessions.begin}. */
export interface ReadInFlight {
  /** The read has reported its fields (or has none): entries stop waiting for it. Idempotent. */
  end(): void;
}

/**
 * Reads of one customer by one user (and role) within {@link auditSessionMs} of the session's
 * first read are one viewing session. A card view reads the customer, its contacts, its
 * interactions … each a record with confidential fields; logged one by one that was 4–5 rows per
 * card opened, and as many again on every re-render. Here a session logs each field once:
 *
 * - the fields of reads made together (a read's entry waits, up to a second, until the viewer's
 *   other reads in flight have reported) go into ONE entry:
 *   kind `customer`, the customer's id, the union of the fields; a field of another kind of record
 *   is written `kind:path` (`contact:mobile`), so the entry says whose field it was;
 * - a later read of fields already logged in the session appends nothing;
 * - a later read of a field NOT yet logged is still logged, in an entry of its own with the new
 *   fields only (the log never rewrites an entry, so the union is spread over the session's
 *   entries, each field exactly once);
 * - a read never returns before the entry holding its fields is in the log; when that append
 *   fails, the read fails and the fields count as unlogged again.
 *
 * A read of a record that belongs to no customer is a session of that record alone.
 */
export function auditReadSessions(append: (entry: AuditEntry) => Promise<unknown>, windowMs = auditSessionMs) {
  const sessions = new Map<string, Session>();
  // Reads of a viewer started and not yet reported: a card starts its reads together
  // (`Promise.all`), and they finish one by one; the session's entry waits for all of them.
  const inFlight = new Map<string, { count: number; waiting: (() => void)[] }>();
  const viewerKey = (userId: string, roleId: string) => `${userId}\u0000${roleId}`;

  const begin = (userId: string, roleId: string): ReadInFlight => {
    const key = viewerKey(userId, roleId);
    const reads = inFlight.get(key) ?? { count: 0, waiting: [] };
    inFlight.set(key, reads);
    reads.count++;
    let ended = false;
    return {
      end() {
        if (ended) return;
        ended = true;
        if (--reads.count > 0) return;
        inFlight.delete(key);
        for (const resume of reads.waiting.splice(0)) resume();
      },
    };
  };
  // Resolves when no other read of the viewer is in flight, or after maxGatherMs.
  const quiet = (userId: string, roleId: string) =>
    new Promise<void>((resolve) => {
      const reads = inFlight.get(viewerKey(userId, roleId));
      if (!reads) return resolve();
      const timer = setTimeout(done, maxGatherMs);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      reads.waiting.push(done);
    });

  /**
   * Logs one read (its fields, within its session). `read` is the read in flight that reports:
   * it stops counting as in flight, and the entry waits for the viewer's other reads.
   */
  async function recordRead(read: AuditRead, inFlightRead?: ReadInFlight): Promise<void> {
    inFlightRead?.end();
    const own = read.customerId === undefined;
    const key = [read.userId, read.roleId, own ? `${read.kind}\u0000${read.recordId}` : read.customerId].join('\u0000');
    const time = Date.parse(read.at);
    let session = sessions.get(key);
    // A clock that went back starts a new session too: a session never holds a read before its start.
    if (!session || time < session.start || time - session.start > windowMs) {
      // A server runs for months: forget sessions that ended before keeping a new one.
      if (sessions.size >= 1000) for (const [k, s] of sessions) if (time - s.start > windowMs) sessions.delete(k);
      session = { start: time, recorded: new Set(), settled: Promise.resolve(), last: Promise.resolve() };
      sessions.set(key, session);
    }
    const fields = read.fields.map((path) => (own || read.kind === 'customer' ? path : `${read.kind}:${path}`));
    const fresh = fields.filter((field) => !session.recorded.has(field));
    if (fresh.length === 0) return session.pending?.done ?? session.last;
    for (const field of fresh) session.recorded.add(field);
    if (!session.pending) {
      const s = session;
      const gathered = new Set<string>();
      const done = s.settled.then(() => quiet(read.userId, read.roleId)).then(async () => {
        if (s.pending?.fields === gathered) s.pending = undefined;
        try {
          await append({
            at: read.at,
            userId: read.userId,
            roleId: read.roleId,
            action: 'read',
            kind: own ? read.kind : 'customer',
            recordId: own ? read.recordId : read.customerId!,
            ...(own ? {} : { customerId: read.customerId }),
            fields: [...gathered].sort(),
          });
        } catch (error) {
          for (const field of gathered) s.recorded.delete(field);
          if (s.last === done) s.last = Promise.resolve();
          throw error;
        }
      });
      s.pending = { fields: gathered, done };
      s.settled = done.catch(() => undefined);
      s.last = done;
    }
    for (const field of fresh) session.pending!.fields.add(field);
    return session.pending!.done;
  }

  return { begin, recordRead };
}

/** One list view as the privacy store saw it: per customer shown, the confidential fields received in plain. */
export interface AuditListRead {
  at: string;
  userId: string;
  roleId: string;
  /** The kind listed (`customer`, `contact` …). */
  kind: string;
  /** The customers the page showed with confidential fields, in the page's order. */
  customers: readonly { readonly customerId: string; readonly fields: readonly string[] }[];
}

/**
 * List views: a list page of many customers was one read entry PER CUSTOMER shown (50 rows a
 * page, again on every re-render and page turn). Here a list view is ONE entry — kind the kind
 * listed, `recordId` `list`, `customerIds` the customers it showed with confidential fields,
 * `fields` the union of those fields — and, as for card views, a session: the same viewer's lists
 * of that kind within {@link auditSessionMs} of the first log each customer's field once, so a
 * re-render logs nothing and a page turn only the customers new to the session. The list returns
 * only once its entry is in the log; when the append fails, the list fails and nothing counts as logged.
 *
 * @example
 * const lists = auditListSessions((entry) => audit.append(entry));
 * await lists.recordListRead({ at, userId: 'rep-7', roleId: 'sales-rep', kind: 'customer', customers: [{ customerId: 'C-1', fields: ['mobile'] }] });
 */
export function auditListSessions(append: (entry: AuditEntry) => Promise<unknown>, windowMs = auditSessionMs) {
  const sessions = new Map<string, { start: number; recorded: Set<string> }>();
  async function recordListRead(read: AuditListRead): Promise<void> {
    const key = [read.userId, read.roleId, read.kind].join('\u0000');
    const time = Date.parse(read.at);
    let session = sessions.get(key);
    if (!session || time < session.start || time - session.start > windowMs) {
      if (sessions.size >= 1000) for (const [k, s] of sessions) if (time - s.start > windowMs) sessions.delete(k);
      session = { start: time, recorded: new Set() };
      sessions.set(key, session);
    }
    const fresh: string[] = [];
    const customers = new Set<string>();
    const fields = new Set<string>();
    for (const { customerId, fields: seen } of read.customers) {
      for (const field of seen) {
        const mark = `${customerId}\u0000${field}`;
        if (session.recorded.has(mark)) continue;
        session.recorded.add(mark);
        fresh.push(mark);
        customers.add(customerId);
        fields.add(field);
      }
    }
    if (fresh.length === 0) return;
    try {
      await append({ at: read.at, userId: read.userId, roleId: read.roleId, action: 'read', kind: read.kind, recordId: 'list', customerIds: [...customers], fields: [...fields].sort() });
    } catch (error) {
      for (const mark of fresh) session.recorded.delete(mark);
      throw error;
    }
  }
  return { recordListRead };
}

/** The read sessions of one privacy store (see {@link auditReadSessions}). */
export type AuditReadSessions = ReturnType<typeof auditReadSessions>;

/** What a grading run decided for each customer, to recognise the writes stamping it. */
interface RunStamp {
  readonly start: number;
  readonly grades: ReadonlyMap<string, string>;
}

/**
 * One entry per grading run: the run's own `create` (or `update`) entry. Writing each graded
 * customer's new grade afterwards used to add one `update` entry per customer (about 2,500 per
 * run). A write of a customer by the user who saved the run, within {@link auditSessionMs} of it,
 * that stamps the grade the run gave that customer, is part of the run and is not logged again:
 * the run lists every customer's grade, and each customer's history keeps the revision with
 * its author and time.
 */
export function gradingRunStamps(windowMs = auditSessionMs) {
  const runs = new Map<string, RunStamp>();
  return {
    /** Remembers a run saved by `userId` at `at`. */
    saved(userId: string, at: string, run: unknown): void {
      const customers = (run as { customers?: unknown } | undefined)?.customers;
      if (!Array.isArray(customers)) return;
      const grades = new Map<string, string>();
      for (const c of customers as { customerId?: unknown; grade?: unknown }[]) {
        if (typeof c?.customerId === 'string' && typeof c.grade === 'string') grades.set(c.customerId, c.grade);
      }
      runs.set(userId, { start: Date.parse(at), grades });
    },
    /** Whether writing this customer value by `userId` now stamps the grade of that user's latest run. */
    stamps(userId: string, now: () => string, customer: unknown): boolean {
      const run = runs.get(userId);
      if (!run) return false;
      const time = Date.parse(now());
      if (time < run.start || time - run.start > windowMs) return false;
      const value = customer as { id?: unknown; grade?: { current?: unknown } } | undefined;
      if (typeof value?.id !== 'string' || !run.grades.has(value.id) || run.grades.get(value.id) !== value.grade?.current) return false;
      // Each customer's stamp once: a later edit of the customer is logged as any write.
      (run.grades as Map<string, string>).delete(value.id);
      return true;
    },
  };
}
