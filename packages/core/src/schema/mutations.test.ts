import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordArbitraries } from './arbitraries.js';
import { catalogPath, findField, type FieldEntry } from './field-catalog.js';
import type { FieldKind } from './field-meta.js';
import { recordFields } from './fields.js';
import { recordKinds, type RecordKind } from './stored-record.js';
import { builtInProfileTemplates } from './templates/built-in.js';
import { createTemplateRegistry } from './templates/template-registry.js';
import { validateRecord } from './validate.js';

type Segments = (string | number)[];

/** Every leaf of a record value: primitives, Dates, and lists of primitives. */
function leaves(value: unknown, at: Segments = []): Segments[] {
  if (value instanceof Date || typeof value !== 'object' || value === null) return [at];
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item !== 'object' || item === null)) return [at];
    return value.flatMap((item, index) => leaves(item, [...at, index]));
  }
  return Object.entries(value).flatMap(([key, item]) => leaves(item, [...at, key]));
}

function leafEntries(kind: RecordKind, record: object): { at: Segments; entry: FieldEntry }[] {
  const out: { at: Segments; entry: FieldEntry }[] = [];
  const seen = new Set<string>();
  for (const at of leaves(record)) {
    // An empty list of structured items (addresses: []) has no leaf entry: mutate the list itself.
    const entry = findField(catalogOf(kind), at) ?? structuredList(at);
    // A leaf inside a json field (profiles.x.y, facts['credit.rating'].channel) mutates the json field's own value.
    const cut = entry.kind === 'json' ? at.slice(0, entry.path.split('.').length) : at;
    const key = JSON.stringify(cut);
    if (!seen.has(key)) out.push({ at: cut, entry });
    seen.add(key);
  }
  return out;
}

// Profiles are checked against the built-in templates, field by field like built-in fields.
const templates = createTemplateRegistry(builtInProfileTemplates);
const catalogOf = (kind: RecordKind): FieldEntry[] => (kind === 'customer' ? [...recordFields.customer, ...templates.fields()] : [...recordFields[kind]]);

function structuredList(at: Segments): FieldEntry {
  return { path: catalogPath(at), sensitivity: 'internal', level: 1, label: { en: '', 'zh-CN': '' }, kind: 'json', optional: true, list: false };
}

function invalidValues(kind: FieldKind, list: boolean, current: unknown): unknown[] {
  const wrongType = { not: 'a value' };
  if (list) return ['x', [wrongType], kind === 'enum' ? ['not-in-the-vocabulary'] : ['']];
  const corruptLast = (text: string) => text.slice(0, -1) + (text.endsWith('0') ? '1' : '0');
  switch (kind) {
    case 'json':
      return ['x', 42];
    case 'enum':
      return ['not-in-the-vocabulary', wrongType];
    case 'number':
    case 'money':
      return [Number.NaN, Number.POSITIVE_INFINITY, '12', wrongType];
    case 'boolean':
      return ['yes', 1, wrongType];
    case 'date':
      return ['2025-02-30', '2025-2-3', '20250203', 20250203];
    case 'instant':
      return [new Date(Number.NaN), 'yesterday', '2025-02-30T00:00:00Z', wrongType];
    case 'mobile':
      return ['12800138000', '1380013800', wrongType];
    case 'uscc':
    case 'id-number':
      return [corruptLast(String(current)), String(current).slice(1), wrongType];
    case 'email':
      return ['not-an-email', wrongType];
    case 'url':
      return ['not a url', wrongType];
    case 'phone':
      return ['abc', wrongType];
    default:
      return ['', wrongType];
  }
}

function setAt(record: unknown, at: Segments, value: unknown): unknown {
  const copy = structuredClone(record) as Record<string | number, unknown>;
  let node = copy;
  for (const segment of at.slice(0, -1)) node = node[segment] as Record<string | number, unknown>;
  if (value === undefined) delete node[at.at(-1)!];
  else node[at.at(-1)!] = value;
  return copy;
}

const startsWith = (path: PropertyKey[], prefix: Segments) => prefix.every((segment, i) => path[i] === segment);

describe('every invalid mutation of a valid record is rejected at the mutated field', () => {
  for (const kind of recordKinds) {
    it(kind, () => {
      fc.assert(
        fc.property(recordArbitraries[kind], fc.nat(), fc.nat(), (record, pick, pickValue) => {
          const targets = leafEntries(kind, record);
          const { at, entry } = targets[pick % targets.length]!;
          const current = at.reduce<unknown>((node, s) => (node as Record<string | number, unknown>)[s], record);
          const values = invalidValues(entry.kind, entry.list, current);
          const mutated = setAt(record, at, values[pickValue % values.length]);
          const result = validateRecord(kind, mutated, { templates });
          expect(result.ok, `${catalogPath(at)} = ${String(values[pickValue % values.length])}`).toBe(false);
          if (result.ok) return;
          for (const issue of result.issues) {
            // The discriminator of a union is reported where it sits.
            expect(startsWith(issue.segments, at), `${issue.path} for mutation at ${at.join('.')}`).toBe(true);
          }
        }),
        { numRuns: 400 },
      );
    });

    it(`${kind}: removing a required field is reported at that field`, () => {
      fc.assert(
        fc.property(recordArbitraries[kind], fc.nat(), (record, pick) => {
          const required = leafEntries(kind, record).filter(({ entry }) => !entry.optional && entry.kind !== 'json');
          const { at } = required[pick % required.length]!;
          const result = validateRecord(kind, setAt(record, at, undefined), { templates });
          expect(result.ok).toBe(false);
          if (!result.ok) for (const issue of result.issues) expect(startsWith(issue.segments, at), issue.path).toBe(true);
        }),
        { numRuns: 200 },
      );
    });
  }
});
