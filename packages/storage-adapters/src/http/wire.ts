import type { CustomerFigures, TransactionColumns } from '@dossier/core';
import type {
  Conflict,
  JsonObject,
  KindDefinition,
  KindTable,
  RecordMap,
  RecordRevision,
  StoreErrorCode,
  StoreKind,
  StoredRecord,
} from '../contract/index.js';
import { invalidRecordError, storeError, storeIssue, thrownIssues } from '../contract/index.js';
import { decodeLeniently, encodeLeniently } from './lenient-codec.js';

/**
 * The JSON forms of the HTTP protocol. Values travel encoded (plain JSON, as the kind's
 * `encode` gives them) and are decoded on arrival with the receiver's kind table — leniently,
 * so that a viewer's masked values cross as they are; the store a write reaches validates it.
 */

/** A stored record on the wire: its value is the kind's encoded JSON. */
export type StoredRecordJson = StoredRecord<JsonObject>;

/** A revision on the wire. */
export type RecordRevisionJson = RecordRevision<JsonObject>;

/** A conflict on the wire (HTTP 409). */
export interface ConflictJson {
  code: 'conflict';
  kind: StoreKind;
  id: string;
  baseRev: number;
  current?: StoredRecordJson | undefined;
  attempted: { op: Conflict<unknown>['attempted']['op']; value?: JsonObject | undefined };
  message: string;
}

/** Columns on the wire: typed arrays as arrays, `NaN` as `null`. */
export interface ColumnsJson {
  length: number;
  customer: number[];
  customerIds: string[];
  day: number[];
  amount: number[];
  cost?: (number | null)[];
  paid?: (number | null)[];
  quantity?: (number | null)[];
  order?: number[];
  orderIds?: string[];
  product?: number[];
  productIds?: string[];
  category?: number[];
  categories?: string[];
}

/** Customer figures on the wire. */
export interface FiguresJson {
  asOf: string;
  windowDays: number;
  customerIds: string[];
  revenue: (number | null)[];
  orders: number[];
  lines: number[];
  cost: (number | null)[];
  paid: (number | null)[];
  quantity: (number | null)[];
  lastPurchaseDay: number[];
  firstPurchaseDay: number[];
  lastPurchaseEverDay: number[];
  /** Lines ever, before the window too: the stage rule's "no transaction ever" (absent from older servers). */
  linesEver?: number[];
  /** Lines in the window without a cost: the scorecard's unknown margin (absent from older servers). */
  costMissing?: number[];
}

function definitionOf<R extends RecordMap>(kinds: KindTable<R>, kind: StoreKind): KindDefinition<{ id: string }> {
  return kinds[kind] as KindDefinition<{ id: string }>;
}

/**
 * Encodes a stored record for the wire.
 *
 * @example
 * const json = recordToJson(store.kinds, record);
 */
export function recordToJson<R extends RecordMap>(kinds: KindTable<R>, record: StoredRecord<unknown>): StoredRecordJson {
  const { kind, id, rev, at, by, deleted, op } = record;
  return { kind, id, rev, at, by, deleted, op, value: encodeLeniently(definitionOf(kinds, kind), record.value as { id: string }) };
}

/**
 * Decodes a JSON value of a kind; throws `invalid` with the issues. A draft (core's
 * `RecordDraft`: what a person knows, without the bookkeeping and the empty lists the store
 * fills in) comes back as it is when the kind's `encode` takes it as one, so that a store
 * behind the HTTP handler accepts what it accepts from a local caller.
 *
 * @example
 * const customer = decodeValue(kinds, 'customer', json);
 */
export function decodeValue<R extends RecordMap, K extends StoreKind>(kinds: KindTable<R>, kind: K, json: unknown): R[K] {
  const id = typeof (json as { id?: unknown } | null)?.id === 'string' ? (json as { id: string }).id : '?';
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw invalidRecordError(kind, id, [storeIssue('', 'issueNotObject')]);
  }
  const definition = definitionOf(kinds, kind);
  const decoded = decodeLeniently(definition, json as JsonObject);
  if (!decoded.ok) {
    const asDraft = draftRefusal(definition, json as JsonObject);
    if (asDraft === undefined) return json as R[K];
    // What is wrong with it as a draft, when the kind says (the fields a person must give,
    // not the bookkeeping the store fills in), else what decoding found.
    throw invalidRecordError(kind, id, asDraft.name === 'RecordIssuesError' ? (thrownIssues(asDraft) ?? decoded.issues) : decoded.issues);
  }
  return decoded.value as R[K];
}

/** Undefined when the kind's encoder takes the JSON as a draft it completes, else what it threw. */
function draftRefusal(definition: KindDefinition<{ id: string }>, json: JsonObject): Error | undefined {
  try {
    definition.encode(json as { id: string });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * Decodes a stored record from the wire.
 *
 * @example
 * const record = recordFromJson(kinds, json);
 */
export function recordFromJson<R extends RecordMap, K extends StoreKind = StoreKind>(kinds: KindTable<R>, json: StoredRecordJson): StoredRecord<R[K], K> {
  return { ...json, kind: json.kind as K, value: decodeValue(kinds, json.kind as K, json.value) };
}

/**
 * Encodes a conflict for a 409 response.
 *
 * @example
 * return json(409, { conflict: conflictToJson(store.kinds, result.conflict) });
 */
export function conflictToJson<R extends RecordMap>(kinds: KindTable<R>, conflict: Conflict<unknown>): ConflictJson {
  const { attempted } = conflict;
  return {
    code: 'conflict',
    kind: conflict.kind,
    id: conflict.id,
    baseRev: conflict.baseRev,
    ...(conflict.current ? { current: recordToJson(kinds, conflict.current) } : {}),
    attempted: {
      op: attempted.op,
      ...(attempted.value === undefined ? {} : { value: encodeLeniently(definitionOf(kinds, conflict.kind), attempted.value as { id: string }) }),
    },
    message: conflict.message,
  };
}

/**
 * Decodes a conflict from a 409 response.
 *
 * @example
 * const conflict = conflictFromJson(kinds, body.conflict);
 */
export function conflictFromJson<R extends RecordMap>(kinds: KindTable<R>, json: ConflictJson): Conflict<unknown> {
  return {
    code: 'conflict',
    kind: json.kind,
    id: json.id,
    baseRev: json.baseRev,
    current: json.current ? recordFromJson(kinds, json.current) : undefined,
    attempted: {
      op: json.attempted.op,
      ...(json.attempted.value === undefined ? {} : { value: decodeValue(kinds, json.kind, json.attempted.value) }),
    },
    message: json.message,
  };
}

const floats = (values: Float64Array) => Array.from(values, (v) => (Number.isNaN(v) ? null : v));
const fromFloats = (values: readonly (number | null)[]) => Float64Array.from(values, (v) => (v === null ? Number.NaN : v));

/**
 * Encodes columns for the wire.
 *
 * @example
 * const body = JSON.stringify(columnsToJson(columns));
 */
export function columnsToJson(columns: TransactionColumns): ColumnsJson {
  return {
    length: columns.length,
    customer: Array.from(columns.customer),
    customerIds: [...columns.customerIds],
    day: Array.from(columns.day),
    amount: Array.from(columns.amount),
    ...(columns.cost ? { cost: floats(columns.cost) } : {}),
    ...(columns.paid ? { paid: floats(columns.paid) } : {}),
    ...(columns.quantity ? { quantity: floats(columns.quantity) } : {}),
    ...(columns.order ? { order: Array.from(columns.order), orderIds: [...(columns.orderIds ?? [])] } : {}),
    ...(columns.product ? { product: Array.from(columns.product), productIds: [...(columns.productIds ?? [])] } : {}),
    ...(columns.category ? { category: Array.from(columns.category), categories: [...(columns.categories ?? [])] } : {}),
  };
}

/**
 * Decodes columns from the wire; throws `invalid` when the arrays disagree in length.
 *
 * @example
 * const columns = columnsFromJson(await response.json());
 */
export function columnsFromJson(json: ColumnsJson): TransactionColumns {
  const n = json.length;
  const lengths = [json.customer, json.day, json.amount, json.cost, json.paid, json.quantity, json.order, json.product, json.category];
  if (!Number.isInteger(n) || lengths.some((column) => column !== undefined && (!Array.isArray(column) || column.length !== n))) {
    throw storeError('invalid', 'invalidQuery', { kind: 'transaction', params: { issues: 'columns of different lengths' } });
  }
  return {
    length: n,
    customer: Int32Array.from(json.customer),
    customerIds: json.customerIds,
    day: Int32Array.from(json.day),
    amount: Float64Array.from(json.amount),
    ...(json.cost ? { cost: fromFloats(json.cost) } : {}),
    ...(json.paid ? { paid: fromFloats(json.paid) } : {}),
    ...(json.quantity ? { quantity: fromFloats(json.quantity) } : {}),
    ...(json.order ? { order: Int32Array.from(json.order), orderIds: json.orderIds ?? [] } : {}),
    ...(json.product ? { product: Int32Array.from(json.product), productIds: json.productIds ?? [] } : {}),
    ...(json.category ? { category: Int32Array.from(json.category), categories: json.categories ?? [] } : {}),
  };
}

/**
 * Encodes customer figures for the wire.
 *
 * @example
 * const body = figuresToJson(figures);
 */
export function figuresToJson(figures: CustomerFigures): FiguresJson {
  return {
    asOf: figures.asOf,
    windowDays: figures.windowDays,
    customerIds: [...figures.customerIds],
    revenue: floats(figures.revenue),
    orders: Array.from(figures.orders),
    lines: Array.from(figures.lines),
    cost: floats(figures.cost),
    paid: floats(figures.paid),
    quantity: floats(figures.quantity),
    lastPurchaseDay: Array.from(figures.lastPurchaseDay),
    firstPurchaseDay: Array.from(figures.firstPurchaseDay),
    lastPurchaseEverDay: Array.from(figures.lastPurchaseEverDay),
    ...(figures.linesEver ? { linesEver: Array.from(figures.linesEver) } : {}),
    ...(figures.costMissing ? { costMissing: Array.from(figures.costMissing) } : {}),
  };
}

/**
 * Decodes customer figures from the wire.
 *
 * @example
 * const figures = figuresFromJson(await response.json());
 */
export function figuresFromJson(json: FiguresJson): CustomerFigures {
  return {
    asOf: json.asOf,
    windowDays: json.windowDays,
    customerIds: json.customerIds,
    revenue: fromFloats(json.revenue),
    orders: Int32Array.from(json.orders),
    lines: Int32Array.from(json.lines),
    cost: fromFloats(json.cost),
    paid: fromFloats(json.paid),
    quantity: fromFloats(json.quantity),
    lastPurchaseDay: Int32Array.from(json.lastPurchaseDay),
    firstPurchaseDay: Int32Array.from(json.firstPurchaseDay),
    lastPurchaseEverDay: Int32Array.from(json.lastPurchaseEverDay),
    ...(json.linesEver ? { linesEver: Int32Array.from(json.linesEver) } : {}),
    ...(json.costMissing ? { costMissing: Int32Array.from(json.costMissing) } : {}),
  };
}

/**
 * HTTP status of each error code.
 *
 * @example
 * statusOfErrorCode.conflict // 409
 */
export const statusOfErrorCode = {
  invalid: 400,
  unauthenticated: 401,
  'not-found': 404,
  forbidden: 403,
  conflict: 409,
  quota: 507,
  unavailable: 503,
} as const satisfies Record<StoreErrorCode, number>;
