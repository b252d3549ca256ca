import { customerFields, findField, isSealed, recordFields, recordKinds, type FieldEntry, type Locale, type RecordKind, type SealedValue } from '@dossier/core';
import type { JsonObject } from '../contract/json.js';
import { storeKinds, type KindDefinition, type KindTable, type RecordMap } from '../contract/kinds.js';

// A typed kind (core's schemas) rejects a sealed envelope where it expects, say, an ID number.
// The privacy store validates the plain value itself before sealing; the store underneath then
// validates everything else and keeps the envelopes as they are.

type Path = readonly (string | number)[];
type Sealed = { path: Path; value: SealedValue };

function findSealed(node: unknown, path: Path, out: Sealed[]): Sealed[] {
  if (Array.isArray(node)) node.forEach((item, i) => findSealed(item, [...path, i], out));
  else if (node !== null && typeof node === 'object' && !(node instanceof Date)) {
    for (const [key, child] of Object.entries(node)) {
      if (isSealed(child)) out.push({ path: [...path, key], value: child });
      else findSealed(child, [...path, key], out);
    }
  }
  return out;
}

/**
 * Dotted paths of the sealed envelopes in a value (none in a plain value from a caller).
 *
 * @example
 * sealedPaths({ id: 'C-1', idNumber: { $sealed: 1, iv: '…', data: '…' } }) // ['idNumber']
 */
export function sealedPaths(value: unknown): string[] {
  return findSealed(value, [], []).map(({ path }) => path.join('.'));
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> | undefined {
  let node = root;
  for (const segment of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>) : undefined;
}

// While the kind's own decode or encode runs, an optional field is left out; a required one
// (a list of related parties, a child's name) holds a stand-in its schema accepts.
function standIn(entry: FieldEntry | undefined): { value: unknown } | undefined {
  if (!entry || entry.optional) return undefined;
  if (entry.list) return { value: [] };
  if (entry.kind === 'text' || entry.kind === 'name') return { value: '*' };
  return undefined;
}

function without<T>(value: T, sealed: readonly Sealed[], fields: readonly FieldEntry[]): T {
  const copy = structuredClone(value);
  for (const { path } of sealed) {
    const parent = parentOf(copy, path);
    if (!parent) continue;
    const last = path[path.length - 1]!;
    const stand = standIn(findField(fields, path));
    if (stand) parent[last] = stand.value;
    else delete parent[last];
  }
  return copy;
}

function withSealed<T>(value: T, sealed: readonly Sealed[]): T {
  for (const { path, value: envelope } of sealed) {
    const parent = parentOf(value, path);
    if (parent) parent[path[path.length - 1]!] = structuredClone(envelope);
  }
  return value;
}

/**
 * A kind that also accepts sealed values: `decode` and `encode` set the envelopes aside, run the
 * kind's own on the rest, and put them back where they were. `fields` (core's catalogue of the
 * kind) says which sealed fields are required, so that they get a stand-in meanwhile.
 *
 * @example
 * const customerKind = sealableKind(dossierKinds().customer, customerFields);
 */
export function sealableKind<T extends { id: string }>(definition: KindDefinition<T>, fields: readonly FieldEntry[] = []): KindDefinition<T> {
  if (definition.sealable) return definition;
  return {
    ...definition,
    sealable: true,
    decode(json) {
      const sealed = findSealed(json, [], []);
      if (sealed.length === 0) return definition.decode(json);
      const outcome = definition.decode(without(json, sealed, fields));
      return outcome.ok ? { ok: true, value: withSealed(outcome.value, sealed) } : outcome;
    },
    encode(value) {
      const sealed = findSealed(value, [], []);
      if (sealed.length === 0) return definition.encode(value);
      return withSealed(definition.encode(without(value, sealed, fields)), sealed) as JsonObject;
    },
  };
}

/**
 * A field's label in a locale from core's catalogue (`身份证号码`), else its path.
 *
 * @example
 * fieldLabel('customer', 'idNumber', 'zh-CN') // '身份证号码'
 */
export function fieldLabel(kind: string, path: string, locale: Locale): string {
  return findField(fieldsOf(kind), path)?.label[locale] ?? path;
}

function fieldsOf(kind: string): readonly FieldEntry[] {
  if (kind === 'customer') return customerFields;
  return (recordKinds as readonly string[]).includes(kind) ? recordFields[kind as RecordKind] : [];
}

/**
 * The kind table for the store underneath `withPrivacy`: every kind accepts the sealed values of
 * secret fields in place of their plain ones (which the privacy store validates before sealing).
 *
 * @example
 * const inner = await createIndexedDbStore({ name: 'crm', kinds: sealableKinds(dossierKinds()) });
 * const store = withPrivacy(inner, { key, audit });
 */
export function sealableKinds<R extends RecordMap>(kinds: KindTable<R>): KindTable<R> {
  const table = {} as Record<string, KindDefinition<{ id: string }>>;
  for (const kind of storeKinds) table[kind] = sealableKind(kinds[kind] as KindDefinition<{ id: string }>, fieldsOf(kind));
  return table as unknown as KindTable<R>;
}
