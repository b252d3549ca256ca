import { currentSchemaVersions, dayNumber, isWholeFen } from '@dossier/core';
import type { JsonObject, JsonValue } from './json.js';

/**
 * A hand-written check of a `transaction` record's JSON, for an import's check of every line
 * before its first chunk (core's zod schema took ~5 µs a line). It knows the fields an imported
 * line has and accepts only what core's `transactionSchema` accepts: true means the schema
 * accepts the JSON; false means "ask the schema" (any other field, a wrong type or length, a
 * date that is no calendar day …), which then decides and names the field. The test compares
 * both on generated and broken lines.
 */

// The fields of an imported line (`transactionJson`) and its stamp; any other makes the check
// leave the decision to the schema.
const known = new Set(['id', 'customerId', 'date', 'amount', 'cost', 'paid', 'quantity', 'orderId', 'productId', 'category', 'schemaVersion', 'createdAt', 'updatedAt']);

/** core's `idSchema`: a string of 1 to 200 UTF-16 code units. */
const isId = (value: JsonValue | undefined) => typeof value === 'string' && value.length >= 1 && value.length <= 200;
const isOptionalId = (value: JsonValue | undefined) => value === undefined || isId(value);
/** core's money of a line: a finite number of whole fen. */
const isFen = (value: JsonValue | undefined) => typeof value === 'number' && isWholeFen(value);
/** core's `trimmedText(10_000)`: trimmed, 1 to 10 000 code units. */
const isOptionalText = (value: JsonValue | undefined) => {
  if (value === undefined) return true;
  if (typeof value !== 'string') return false;
  const length = value.trim().length;
  return length >= 1 && length <= 10_000;
};

// The instants of an import are one and the same for every line: the last one checked is kept.
let lastInstant = '';
/**
 * core's `instantSchema` on stored JSON: an ISO 8601 date-time. Only the store's own form is
 * accepted here (`toISOString`: 2026-01-31T08:00:00.000Z, a real day and time).
 */
function isInstant(value: JsonValue | undefined): boolean {
  if (typeof value !== 'string') return false;
  if (value === lastInstant) return true;
  if (value.length !== 24 || value[10] !== 'T' || value[23] !== 'Z') return false;
  const time = Date.parse(value);
  if (!(Number.isFinite(time) && new Date(time).toISOString() === value)) return false;
  lastInstant = value;
  return true;
}

/**
 * Whether core's `transactionSchema` accepts the JSON, for the fields of an imported line;
 * false when unsure (see the module's comment).
 *
 * @example
 * acceptsTransactionJson({ id: 'erp:1', customerId: 'C-1', date: '2025-03-01', amount: 12.5, schemaVersion: 1,
 *   createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }) // true
 */
export function acceptsTransactionJson(json: JsonObject): boolean {
  for (const key in json) if (!known.has(key)) return false;
  const { date, quantity, cost, paid } = json;
  return (
    isId(json['id']) &&
    isId(json['customerId']) &&
    typeof date === 'string' &&
    dayNumber(date) !== undefined &&
    isFen(json['amount']) &&
    (cost === undefined || isFen(cost)) &&
    (paid === undefined || isFen(paid)) &&
    (quantity === undefined || (typeof quantity === 'number' && Number.isFinite(quantity))) &&
    isOptionalId(json['orderId']) &&
    isOptionalId(json['productId']) &&
    isOptionalText(json['category']) &&
    json['schemaVersion'] === currentSchemaVersions.transaction &&
    isInstant(json['createdAt']) &&
    isInstant(json['updatedAt'])
  );
}
