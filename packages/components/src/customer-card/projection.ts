import { redact, type FieldRule, type Redaction, type Viewer } from '@dossier/core';

/** The three cards of the domain (顾客卡): prospect, current and former customer card. */
export const cardVariants = ['prospect', 'current', 'former'] as const;
export type CardVariant = (typeof cardVariants)[number];

/**
 * The card a relationship stage calls for: a prospect gets the prospect survey card, a former
 * customer the former-customer card, everyone else the current-customer card.
 *
 * @example
 * variantOfStage('former') // 'former'
 */
export function variantOfStage(stage: string | undefined): CardVariant {
  return stage === 'prospect' ? 'prospect' : stage === 'former' ? 'former' : 'current';
}

type Json = unknown;

// Copies the value at a rule path (`*` for every element or key) from `source` into `target`.
function pickInto(target: Record<string, Json>, source: Json, segments: readonly string[]): void {
  const [head, ...rest] = segments;
  if (head === undefined || source === null || typeof source !== 'object') return;
  for (const key of head === '*' ? Object.keys(source) : [head]) {
    const value = (source as Record<string, Json>)[key];
    if (value === undefined) continue;
    if (rest.length === 0) target[key] = value;
    else if (value !== null && typeof value === 'object') pickInto((target[key] ??= Array.isArray(value) ? [] : {}) as Record<string, Json>, value, rest);
  }
}

/** A record reduced to the listed fields, redacted for the viewer, and what was redacted. */
export interface Projected<T> {
  readonly value: T;
  /** Paths masked (value replaced by its mask) or hidden (value removed). */
  readonly redactions: ReadonlyMap<string, Redaction['access']>;
}

/**
 * Copies only the fields listed in `rules` out of a record (`*` in a path: every element of a
 * list), then redacts them with core's
 * `redact` for the viewer: what the card renders can only ever be a listed field, masked or
 * removed as the viewer's clearance requires. The record is not changed.
 *
 * @example
 * project(customer, cardCustomerRules, viewer, { ownerId: customer.salespersonId }).value.mobile // '138****1234'
 */
export function project<T extends object>(
  record: T,
  rules: readonly FieldRule[],
  viewer: Viewer,
  context: { ownerId?: string | undefined } = {},
): Projected<Partial<T>> {
  const picked: Record<string, Json> = {};
  for (const rule of rules) pickInto(picked, record, rule.path.split('.'));
  const { record: redacted, redactions } = redact(picked, rules, viewer, context);
  return { value: redacted as Partial<T>, redactions: new Map(redactions.map((r) => [r.path, r.access])) };
}

/**
 * An instant given as a `Date` (decoded record) or an ISO string (stored JSON), as an ISO
 * string; undefined for anything else.
 *
 * @example
 * isoInstant(new Date(0)) // '1970-01-01T00:00:00.000Z'
 */
export function isoInstant(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return value;
  return undefined;
}
