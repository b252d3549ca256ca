import type { InformationLevel, SensitivityLevel } from '../enums/vocabularies.js';
import { maskValue, type MaskKind } from './masking.js';
import type { Viewer } from './roles.js';

/** What the archive knows of one field: where it is, how sensitive, how deep, how to mask it. */
export interface FieldRule {
  /** Dot path into the record; `*` matches every element of an array or every key of an object. */
  readonly path: string;
  readonly sensitivity: SensitivityLevel;
  readonly level: InformationLevel;
  /** How to show the field to a viewer who may not read it; without it the field is removed. */
  readonly mask?: MaskKind;
}

/** What a viewer gets of a field: the value, a mask, or nothing at all. */
export type FieldAccess = 'read' | 'masked' | 'hidden';

/** The record facts access depends on. */
export interface AccessContext {
  /** The owner (salesperson) of the customer the field belongs to. */
  readonly ownerId?: string | undefined;
}

function isOwner(viewer: Viewer, context: AccessContext): boolean {
  return context.ownerId !== undefined && context.ownerId === viewer.userId;
}

/**
 * Whether a viewer may read a field of sensitivity `sensitivity` and information level
 * `level` on a customer: the one rule the adapters, the http handler and the components all
 * apply.
 *
 * @example
 * canRead({ userId: 'u1', role: defaultRoles['sales-rep'] }, { sensitivity: 'confidential', level: 2 }, { ownerId: 'u1' }) // true
 */
export function canRead(
  viewer: Viewer,
  field: Pick<FieldRule, 'sensitivity' | 'level'>,
  context: AccessContext = {},
): boolean {
  const { role } = viewer;
  if (role.read.includes(field.sensitivity) && role.informationLevels.includes(field.level)) return true;
  if (!isOwner(viewer, context)) return false;
  const ownRead = [...role.read, ...(role.ownRead ?? [])];
  const ownLevels = [...role.informationLevels, ...(role.ownInformationLevels ?? [])];
  return ownRead.includes(field.sensitivity) && ownLevels.includes(field.level);
}

/**
 * Whether a viewer may change a field.
 *
 * @example
 * canWrite({ userId: 'a1', role: defaultRoles.auditor }, { sensitivity: 'public', level: 1 }) // false
 */
export function canWrite(
  viewer: Viewer,
  field: Pick<FieldRule, 'sensitivity' | 'level'>,
  context: AccessContext = {},
): boolean {
  const { role } = viewer;
  if (!canRead(viewer, field, context)) return false;
  if (role.write.includes(field.sensitivity)) return true;
  return isOwner(viewer, context) && (role.ownWrite ?? []).includes(field.sensitivity);
}

/**
 * Whether a viewer may reveal a field it cannot read, giving a reason that is audited.
 *
 * @example
 * canReveal({ userId: 'm1', role: defaultRoles['sales-manager'] }, { sensitivity: 'secret', level: 3 }) // true
 */
export function canReveal(viewer: Viewer, field: Pick<FieldRule, 'sensitivity' | 'level'>, context: AccessContext = {}): boolean {
  return !canRead(viewer, field, context) && (viewer.role.reveal ?? []).includes(field.sensitivity);
}

/**
 * What a viewer gets of a field: `read`, `masked` (the field has a mask kind and is not
 * secret), or `hidden`.
 *
 * @example
 * fieldAccess(rep, { path: 'mobile', sensitivity: 'confidential', level: 1, mask: 'mobile' }) // 'masked'
 */
export function fieldAccess(viewer: Viewer, field: FieldRule, context: AccessContext = {}): FieldAccess {
  if (canRead(viewer, field, context)) return 'read';
  return field.mask && field.sensitivity !== 'secret' ? 'masked' : 'hidden';
}

/** A field that was masked or removed for a viewer. */
export interface Redaction {
  readonly path: string;
  readonly access: Exclude<FieldAccess, 'read'>;
}

type Json = unknown;

function visit(
  value: Json,
  segments: readonly string[],
  at: string[],
  apply: (parent: Record<string, Json> | Json[], key: string | number, path: string) => void,
): void {
  if (value === null || typeof value !== 'object') return;
  const [head, ...rest] = segments;
  if (head === undefined) return;
  const keys: (string | number)[] =
    head === '*' ? (Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value)) : [head];
  for (const key of keys) {
    const container = value as Record<string | number, Json>;
    if (!(key in container)) continue;
    const path = [...at, String(key)];
    if (rest.length === 0) apply(value as Record<string, Json> | Json[], key, path.join('.'));
    else visit(container[key], rest, path, apply);
  }
}

/**
 * A copy of a record with every field the viewer may not read masked or removed, and the
 * list of what was redacted. The record is not changed. Values a viewer may not see never
 * leave this function, so nothing downstream (a component, a response) can leak them.
 *
 * @example
 * const { record } = redact(customer, customerFieldRules, viewer, { ownerId: customer.ownerId });
 */
export function redact<T>(
  record: T,
  rules: readonly FieldRule[],
  viewer: Viewer,
  context: AccessContext = {},
): { record: T; redactions: Redaction[] } {
  const copy = structuredClone(record) as Json;
  const redactions: Redaction[] = [];
  for (const rule of rules) {
    const access = fieldAccess(viewer, rule, context);
    if (access === 'read') continue;
    visit(copy, rule.path.split('.'), [], (parent, key, path) => {
      const container = parent as Record<string | number, Json>;
      const current = container[key];
      if (current === undefined || current === null) return;
      if (access === 'masked' && rule.mask && typeof current === 'string') {
        container[key] = maskValue(rule.mask, current);
        redactions.push({ path, access: 'masked' });
      } else {
        if (Array.isArray(parent) && typeof key === 'number') parent[key] = null;
        else delete container[key];
        redactions.push({ path, access: 'hidden' });
      }
    });
  }
  return { record: copy as T, redactions };
}
