// Write guards: a viewer's write is checked field by field against the stored record (core's
// canWrite); a refusal names the paths, is audited, and is alike for right and wrong guesses.
import { canRead, canWrite, getPath, redact, sameJson, type Viewer } from '@dossier/core';
import { storeError, type RecordMap, type StoreError, type StoreKind } from '../contract/index.js';
import type { PrivacyContext } from './context.js';
import { isRecordKind, leftOut, presentPaths, rulesOf, setAt, uniqueRules, type Plain } from './record-paths.js';

// Fields that decide who may read a record: its kind of customer, its salesperson, its customer.
const accessFields = ['kind', 'salespersonId', 'customerId'] as const;

function forbiddenError(kind: StoreKind, id: string, viewer: Viewer, fields: readonly string[]): StoreError {
  return storeError('forbidden', 'forbidden', { kind, id, path: fields[0], params: { fields: [...new Set(fields)].join(', '), role: viewer.role.id } });
}

/** The write side of one privacy store. */
export function writeGuards<R extends RecordMap>(ctx: PrivacyContext<R>) {
  const { ownerOf, log } = ctx;

  // Refuses a viewer's write: the audit log gets a `refuse` entry naming the field paths (never
  // the values sent), and the error names them too. Paths are sorted, so the refusal is the
  // same whichever way it was found.
  const refuse = async (kind: StoreKind, id: string, viewer: Viewer, fields: readonly string[], value: unknown): Promise<StoreError> => {
    const paths = [...new Set(fields)].sort();
    await log('refuse', kind, value as { id: string } | undefined, id, viewer.userId, { roleId: viewer.role.id, fields: paths });
    return forbiddenError(kind, id, viewer, paths);
  };

  /**
   * What a viewer's write of `value` stores, given the stored plain value `before`: fields the
   * viewer cannot read keep their stored value when the write sent them back as the viewer saw
   * them (masked or left out); then every changed field must be writable by the viewer, or the
   * write is `forbidden`. Ownership is the stored record's (a new record's own).
   */
  const guardWrite = async <T extends { id: string }>(kind: StoreKind, value: T, viewer: Viewer, before: Plain | undefined, cache: Map<string, string | undefined>): Promise<T> => {
    if (!isRecordKind(kind)) return value;
    const ownerId = await ownerOf(kind, before ?? value, cache);
    const context = { ownerId };
    const merged = structuredClone(value) as unknown as Plain;
    const rulesBefore = before ? rulesOf(kind, before) : [];
    const forbidden: string[] = [];
    if (before) {
      const { record: shown } = redact(before, rulesBefore, viewer, context);
      for (const rule of rulesBefore) {
        if (canRead(viewer, rule, context)) continue;
        const segments = rule.path.split('.');
        for (const path of new Set([...presentPaths(before, segments), ...presentPaths(merged, segments)])) {
          const at = path.split('.');
          const sent = getPath(merged, at);
          // Sent back as the viewer saw it (masked, or left out): the stored value stays. Anything
          // else is refused whatever the stored value: a right guess of a hidden value is refused
          // exactly like a wrong one (before any conflict check), so a write cannot test a guess.
          const stored = getPath(before, at);
          if (!leftOut(sent) && !sameJson(sent, getPath(shown, at))) forbidden.push(path);
          else if (stored !== undefined) setAt(merged, at, structuredClone(stored));
        }
      }
    }
    for (const rule of uniqueRules([...rulesBefore, ...rulesOf(kind, merged)])) {
      const segments = rule.path.split('.');
      const paths = new Set([...(before ? presentPaths(before, segments) : []), ...presentPaths(merged, segments)]);
      for (const path of paths) {
        if (forbidden.includes(path)) continue;
        const at = path.split('.');
        if (!sameJson(before === undefined ? undefined : getPath(before, at), getPath(merged, at)) && !canWrite(viewer, rule, context)) forbidden.push(path);
      }
    }
    // Turning a person into an organisation, handing a customer to another salesperson or moving
    // a contact to another customer changes who may read every field: it takes the right to read
    // and write the whole stored record.
    if (before) {
      const moved = accessFields.filter((field) => !sameJson(before[field], merged[field]));
      if (moved.length > 0 && unwritable(kind, before, viewer, context, 'every').length > 0) forbidden.push(...moved);
    }
    if (forbidden.length > 0) throw await refuse(kind, value.id, viewer, forbidden, before ?? value);
    return merged as unknown as T;
  };

  // Removing or restoring a record (a tombstone keeps its value) takes the right to write every
  // field of it the viewer may read; purging its history takes the right to write every field.
  const guardWhole = async (kind: StoreKind, id: string, viewer: Viewer, before: Plain | undefined, cache: Map<string, string | undefined>, fields: 'readable' | 'every'): Promise<void> => {
    if (!isRecordKind(kind) || !before) return;
    const missing = unwritable(kind, before, viewer, { ownerId: await ownerOf(kind, before, cache) }, fields);
    if (missing.length > 0) throw await refuse(kind, id, viewer, missing, before);
  };

  // The present fields of a stored record the viewer may not write: of those it may read, or of all.
  const unwritable = (kind: StoreKind, before: Plain, viewer: Viewer, context: { ownerId: string | undefined }, fields: 'readable' | 'every'): string[] =>
    rulesOf(kind, before)
      .filter((rule) => !canWrite(viewer, rule, context) && (fields === 'every' || canRead(viewer, rule, context)))
      .flatMap((rule) => presentPaths(before, rule.path.split('.')));

  return { refuse, guardWrite, guardWhole };
}
