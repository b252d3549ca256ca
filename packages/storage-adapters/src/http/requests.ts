import * as z from 'zod';
import { maxImportChunkSize, maxPageSize, maxWindowDays, queryFilterFields, sortFields, storeError, storeKinds } from '../contract/index.js';
import type { StoreKind } from '../contract/index.js';
import type { ColumnsJson } from './wire.js';

/**
 * The schemas every request of the protocol is parsed by before it reaches a store: a request
 * that does not fit answers 400 `invalid` naming the parameter, never a store's or driver's
 * error. Revisions fit PostgreSQL's `integer`; no string carries U+0000 (PostgreSQL cannot store
 * it, other stores could: one rule for all).
 */

const maxRev = 2_147_483_647;
const noNul = (value: string) => !value.includes('\u0000');
const text = z.string().refine(noNul, 'must not contain the character U+0000');
const nonEmpty = text.refine((v) => v !== '', 'must not be empty');
const kind = z.enum(storeKinds as unknown as [StoreKind, ...StoreKind[]]);
const baseRev = z.number().int().min(0).max(maxRev).nullish().transform((v) => v ?? undefined);
const isoDate = text.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
/** A non-negative integer in a query string, written in plain digits. */
const intParam = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,10}$/, 'must be an integer in plain digits')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Any JSON object whose strings (and keys) hold no U+0000. */
const jsonObject = z.record(z.string(), z.unknown()).superRefine((value, ctx) => {
  const path = findNul(value);
  if (path !== undefined) ctx.addIssue({ code: 'custom', path, message: 'must not contain the character U+0000' });
});

function findNul(value: unknown, path: (string | number)[] = []): (string | number)[] | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, item] of Object.entries(value)) {
    const at = [...path, Array.isArray(value) ? Number(key) : key];
    if (key.includes('\u0000')) return at;
    const found = findNul(item, at);
    if (found) return found;
  }
  return undefined;
}

/** Query string of `GET /records/:kind`. */
export const listSearch = z.object({
  ...Object.fromEntries(queryFilterFields.map((field) => [field, z.array(text).optional()])),
  text: text.max(1000).optional(),
  sort: z.enum(sortFields).optional(),
  direction: z.enum(['asc', 'desc']).optional(),
  limit: intParam(1, maxPageSize).optional(),
  cursor: text.max(4096).optional(),
  includeDeleted: flag.optional(),
});

/** Query string of `GET /count/:kind`: the list's filters, text and `includeDeleted` (paging parameters are not taken). */
export const countSearch = listSearch.omit({ sort: true, direction: true, limit: true, cursor: true });

/** Query string of `GET /records/:kind/:id`. */
export const getSearch = z.object({ rev: intParam(1, maxRev).optional(), includeDeleted: flag.optional() });

/** Body of `PUT /records/:kind/:id`. */
export const putBody = z.object({ value: jsonObject, baseRev, by: z.unknown().optional() });

/** Body of `DELETE`, `restore` and `purge-history`. */
export const writeBody = z.object({ baseRev, by: z.unknown().optional() });

/** Query string of `DELETE` (a `baseRev` may come there instead of the body). */
export const deleteSearch = z.object({ baseRev: intParam(0, maxRev).optional() });

const batchOp = z.discriminatedUnion('op', [
  z.object({ op: z.literal('put'), kind, value: jsonObject, baseRev }),
  z.object({ op: z.enum(['remove', 'restore']), kind, id: nonEmpty, baseRev }),
]);

/** Body of `POST /batch`. */
export const batchBody = z.object({ ops: z.array(batchOp).min(1).max(10_000), by: z.unknown().optional() });

const int32 = z.number().int().min(-maxRev - 1).max(maxRev);
const optionalNumber = z.number().nullable();
const columns = z.object({
  length: z.number().int().min(0),
  customer: z.array(int32),
  customerIds: z.array(text),
  day: z.array(int32),
  amount: z.array(z.number()),
  cost: z.array(optionalNumber).optional(),
  paid: z.array(optionalNumber).optional(),
  quantity: z.array(optionalNumber).optional(),
  order: z.array(int32).optional(),
  orderIds: z.array(text).optional(),
  product: z.array(int32).optional(),
  productIds: z.array(text).optional(),
  category: z.array(int32).optional(),
  categories: z.array(text).optional(),
});

/** Body of `POST /transactions/import`. */
export const importBody = z.object({
  importId: nonEmpty,
  ids: z.array(nonEmpty).optional(),
  chunkSize: z.number().int().min(1).max(maxImportChunkSize).optional(),
  by: z.unknown().optional(),
  columns: columns.transform((value) => value as ColumnsJson),
});

/** Query string of `GET /transactions/columns`. */
export const columnsSearch = z.object({ customerId: z.array(text).optional(), from: isoDate.optional(), to: isoDate.optional() });

/** Query string of `GET /figures` (the calendar check of `asOf` is the contract's). */
export const figuresSearch = z.object({
  asOf: isoDate,
  windowDays: intParam(1, maxWindowDays).default(365),
  customerId: z.array(text).optional(),
});

/** Query string of `GET /changes`. */
export const changesSearch = z.object({ kind: z.array(kind).optional() });

/** Parameters that may repeat in a query string (the others are taken once). */
const repeated = new Set<string>([...queryFilterFields, 'kind']);

/**
 * Parses a query string by a schema; repeatable parameters arrive as arrays.
 *
 * @example
 * const { limit } = parseSearch(listSearch, url.searchParams);
 */
export function parseSearch<S extends z.ZodType>(schema: S, params: URLSearchParams): z.output<S> {
  const raw: Record<string, unknown> = {};
  for (const name of new Set(params.keys())) raw[name] = repeated.has(name) ? params.getAll(name) : params.get(name);
  return parse(schema, raw, 'query');
}

/**
 * Parses a request body by a schema; throws `invalid` naming the first offending fields.
 *
 * @example
 * const { ops } = parseBody(batchBody, await readJsonBody(request, limits));
 */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  return parse(schema, body, 'body');
}

function parse<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : where}: ${issue.message}`)
    .join('; ');
  throw storeError('invalid', 'invalidQuery', { path: result.error.issues[0]?.path.join('.'), params: { issues } });
}
