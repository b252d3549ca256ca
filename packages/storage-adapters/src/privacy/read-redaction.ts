// Read redaction: what one viewer gets of a record, of a revision's changes, of a conflict, with
// the audit entries of the confidential fields it received in plain.
import { canRead, getPath, isSealed, redact, type AuditAction, type FieldRule, type Viewer } from '@dossier/core';
import type { FieldChange, RecordMap, StoreKind, WriteResult } from '../contract/index.js';
import type { ReadInFlight } from './audit-log-session.js';
import type { ColumnRedaction } from './column-redaction.js';
import type { PrivacyContext } from './context.js';
import { presentPaths, rulesOf } from './record-paths.js';

/** The confidential reads of a list view, per customer, gathered for its one audit entry. */
export type ListedReads = { customerId: string; fields: string[] }[];

/** The read side of one privacy store. */
export type ReadRedaction<R extends RecordMap> = ReturnType<typeof readRedaction<R>>;

export function readRedaction<R extends RecordMap>(ctx: PrivacyContext<R>, columns: ColumnRedaction) {
  const { open, ownerOf, log, logRead, customerIdOf } = ctx;
  const { redactRun } = columns;

  // What one viewer gets of one record; logs the confidential fields it received in plain.
  // `shows` decides on the redacted record whether the viewer gets it at all (undefined: not, and
  // nothing is logged).
  const presentIf = async <T extends { id: string }>(
    kind: StoreKind,
    value: T,
    viewer: Viewer | undefined,
    cache: Map<string, string | undefined>,
    action: AuditAction | null,
    shows: (record: T) => boolean,
    read?: ReadInFlight,
    listed?: ListedReads,
  ): Promise<T | undefined> => {
    const plain = await open(kind, value);
    if (viewer === undefined) return plain;
    if (kind === 'grading-run') return redactRun(plain, viewer);
    const rules = rulesOf(kind, plain);
    const ownerId = await ownerOf(kind, plain, cache);
    const { record } = redact(plain, rules, viewer, { ownerId });
    if (!shows(record)) return undefined;
    if (action !== null) {
      const fields = confidentialRead(rules, plain, viewer, ownerId);
      const customerId = listed && action === 'read' ? customerIdOf(kind, plain) : undefined;
      if (fields.length > 0 && customerId !== undefined) listed!.push({ customerId, fields });
      else if (fields.length > 0 && action === 'read') await logRead(kind, plain, plain.id, viewer, fields, read);
      else if (fields.length > 0) await log(action, kind, plain, plain.id, viewer.userId, { roleId: viewer.role.id, fields });
    }
    return record;
  };

  // The confidential and secret fields of a record that a viewer receives in plain.
  const confidentialRead = (rules: readonly FieldRule[], plain: unknown, viewer: Viewer, ownerId: string | undefined): string[] =>
    rules
      .filter((rule) => (rule.sensitivity === 'confidential' || rule.sensitivity === 'secret') && canRead(viewer, rule, { ownerId }))
      .flatMap((rule) => presentPaths(plain, rule.path.split('.')));

  // `read`: the viewer's read in flight this record is part of (see audit-log-session.ts);
  // `listed`: a list view gathering its customers' reads into one entry (a record of no customer
  // is still logged on its own).
  const present = async <T extends { id: string }>(
    kind: StoreKind,
    value: T,
    viewer: Viewer | undefined,
    cache: Map<string, string | undefined>,
    action: AuditAction | null = 'read',
    read?: ReadInFlight,
    listed?: ListedReads,
  ): Promise<T> => (await presentIf(kind, value, viewer, cache, action, () => true, read, listed))!;

  // A revision's field changes for a viewer. The store diffed sealed values, so a change of a
  // secret field shows as changes inside its ciphertext: those collapse into one change of the
  // field, with the opened values of the two revisions when the viewer may read them.
  const presentChanges = (
    kind: StoreKind,
    stored: { before: unknown; after: unknown },
    plain: { before: unknown; after: unknown },
    changes: FieldChange[],
    viewer: Viewer | undefined,
    ownerId: string | undefined,
  ): FieldChange[] => {
    // A change of kind (person → organisation) is judged by the rules of both revisions.
    const rules = [...(plain.before === undefined ? [] : rulesOf(kind, plain.before)), ...rulesOf(kind, plain.after)];
    const out: FieldChange[] = [];
    const seen = new Set<string>();
    for (const change of changes) {
      let path = change.path;
      for (let n = 1; n <= change.path.length; n++) {
        const prefix = change.path.slice(0, n);
        if (isSealed(getPath(stored.before, prefix)) || isSealed(getPath(stored.after, prefix))) {
          path = prefix;
          break;
        }
      }
      const text = path.join('.');
      if (seen.has(text)) continue;
      seen.add(text);
      const governing = rules.filter((rule) => {
        const r = rule.path.split('.');
        const n = Math.min(r.length, path.length);
        return r.slice(0, n).every((segment, i) => segment === '*' || segment === path[i]);
      });
      const readable = viewer === undefined || governing.every((rule) => canRead(viewer, rule, { ownerId }));
      const copy: FieldChange = { path };
      if (readable) {
        const before = path === change.path ? change.before : getPath(plain.before, path);
        const after = path === change.path ? change.after : getPath(plain.after, path);
        const opened = (v: unknown) => (v !== null && typeof v === 'object' && JSON.stringify(v).includes('"$sealed"') ? undefined : v);
        // Inside a group that holds sealed values, take the opened revisions' values instead.
        const b = opened(before) === undefined && before !== undefined ? getPath(plain.before, path) : before;
        const a = opened(after) === undefined && after !== undefined ? getPath(plain.after, path) : after;
        if (b !== undefined) copy.before = b as FieldChange['before'];
        if (a !== undefined) copy.after = a as FieldChange['after'];
      }
      out.push(copy);
    }
    return out;
  };

  // A value the store returns to a writer: opened, and redacted when the write named a viewer
  // (the stored values kept for fields it cannot read must not come back to it).
  const returned = async <T extends { id: string }>(kind: StoreKind, value: T, viewer: Viewer | undefined): Promise<T> =>
    viewer ? present(kind, value, viewer, new Map(), null) : open(kind, value);

  const conflictOpened = async <K extends StoreKind>(kind: K, result: WriteResult<R[K], K>, viewer?: Viewer): Promise<WriteResult<R[K], K>> => {
    if (result.ok) return result;
    const current = result.conflict.current;
    const attempted = result.conflict.attempted;
    return {
      ok: false,
      conflict: {
        ...result.conflict,
        current: current && { ...current, value: await returned(kind, current.value, viewer) },
        attempted: attempted.value === undefined ? attempted : { ...attempted, value: await returned(kind, attempted.value, viewer) },
      },
    };
  };

  return { presentIf, present, confidentialRead, presentChanges, returned, conflictOpened };
}
