// Paths and JSON values of plain records, shared by the privacy store's modules.
import { recordFieldRules, recordKinds, setPath, type FieldRule, type RecordKind } from '@dossier/core';
import type { StoreKind } from '../contract/index.js';

/** A record as the privacy store handles it: opened (no sealed envelopes), any fields. */
export type Plain = Record<string, unknown> & { id: string };

export const isRecordKind = (kind: StoreKind): kind is RecordKind => (recordKinds as readonly string[]).includes(kind);

export function rulesOf(kind: StoreKind, value: unknown): FieldRule[] {
  return isRecordKind(kind) ? recordFieldRules(kind, value) : [];
}

export function presentPaths(value: unknown, segments: readonly string[], at: string[] = []): string[] {
  if (segments.length === 0) return value === undefined || value === null ? [] : [at.join('.')];
  if (value === null || typeof value !== 'object') return [];
  const [head, ...rest] = segments as [string, ...string[]];
  const keys = head === '*' ? Object.keys(value) : [head];
  return keys.flatMap((key) => presentPaths((value as Record<string, unknown>)[key], rest, [...at, key]));
}

export function changedFields(before: unknown, after: unknown): string[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key])).sort();
}

// A value a form sends for a field it did not get: nothing, or an empty text, list or object
// (a typed record fills required containers with empty ones).
export const leftOut = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (typeof value === 'object' && !(value instanceof Date) && Object.keys(value).length === 0);

// Dot-path segments as core's setPath takes them: digits index arrays (a missing list is created as one).
export function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  setPath(target, path.map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment)), value);
}

// The rules of the same path, once (a record's rules before and after a write overlap).
export function uniqueRules(rules: readonly FieldRule[]): FieldRule[] {
  const seen = new Map<string, FieldRule>();
  for (const rule of rules) if (!seen.has(rule.path)) seen.set(rule.path, rule);
  return [...seen.values()];
}
