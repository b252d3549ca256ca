import { locales, type Locale, type MessageParams } from '@dossier/core';
import { adapterMessagesFor } from './adapter-errors.js';
import { issueIn } from './catalog-messages.js';
import { StoreError, type StoreErrorIssue } from './errors.js';
import type { RecordIssue, StoreKind } from './kinds.js';
import { storeMessages, type StoreMessageKey } from './messages.js';

/**
 * What a kind's `encode` throws when the value is not a record of the kind: the issues, each
 * with its translated, field-labelled sentence, so that the store's error says them in every
 * locale (`dossierKinds` throws it; any error with zod-like `issues` is read too).
 *
 * @example
 * throw new RecordIssuesError([{ path: 'nature', message: 'Nature: please choose one of the offered values' }]);
 */
export class RecordIssuesError extends Error {
  override readonly name = 'RecordIssuesError';
  constructor(
    readonly issues: readonly RecordIssue[],
    options?: ErrorOptions,
  ) {
    super(issues.map(plainIssue).join('; '), options);
  }
}

/** `path: message`, what an issue says when its kind gave no translated sentence. */
function plainIssue(issue: RecordIssue): string {
  return `${issue.path || '(record)'}: ${issue.message}`;
}

const separator: Record<Locale, string> = { en: '; ', 'zh-CN': '；' };

/** A record issue as the store error carries it: its path and its sentence in every locale. */
function errorIssue(issue: RecordIssue): StoreErrorIssue {
  const messages = {} as Record<Locale, string>;
  for (const locale of locales) messages[locale] = issue.messages?.[locale] ?? plainIssue(issue);
  return { path: issue.path, messages };
}

/**
 * The issues of what a kind's `encode` threw: a `RecordIssuesError`'s, or a zod error's (its
 * paths joined by dots, its own wording). Undefined for any other error.
 *
 * @example
 * const issues = thrownIssues(error) ?? [{ path: '', message: String(error) }];
 */
export function thrownIssues(cause: unknown): RecordIssue[] | undefined {
  const issues = (cause as { issues?: unknown } | null | undefined)?.issues;
  if (!Array.isArray(issues) || issues.length === 0) return undefined;
  if ((cause as Error).name === 'RecordIssuesError') return [...(issues as RecordIssue[])];
  return (issues as { path?: unknown; message?: unknown }[]).map((issue) => {
    const segments = Array.isArray(issue.path) ? issue.path.filter((s): s is string | number => typeof s === 'string' || typeof s === 'number') : [];
    return { path: segments.map(String).join('.'), segments, message: String(issue.message) };
  });
}

/**
 * The `invalid` error of a record (`invalidRecord`) or of an import line (`invalidLine`, with
 * `line`) whose validation found `issues`: the message names every issue in each locale in
 * that locale's words, `path` is the first issue's and `issues` all of them.
 *
 * @example
 * const decoded = kinds.customer.decode(json);
 * if (!decoded.ok) throw invalidRecordError('customer', 'C-2', decoded.issues);
 * // error.localized('zh-CN'): '客户记录“C-2”无效：客户性质：请从给定的选项中选择。请更正这些字段后再保存。'
 */
export function invalidRecordError(
  kind: StoreKind,
  id: string | undefined,
  issues: readonly RecordIssue[],
  options: { cause?: unknown; line?: number | undefined } = {},
): StoreError {
  const key = options.line === undefined ? 'invalidRecord' : 'invalidLine';
  const where = { kind, id: options.line === undefined ? id || '?' : id, path: issues[0]?.path || undefined, line: options.line };
  const listed = issues.map(errorIssue);
  const messages = {} as Record<Locale, string>;
  for (const locale of locales) {
    const text = listed.map((issue) => issue.messages[locale]).join(separator[locale]);
    messages[locale] = adapterMessagesFor(key, { kind, id: where.id, line: options.line, issues: text })[locale];
  }
  return new StoreError('invalid', messages, { ...where, issues: listed, cause: options.cause });
}

/**
 * An issue the store itself finds (an empty id, a sealed value), worded from the store's
 * catalogue in every locale (`params` the same for all, or per locale: a field's label).
 *
 * @example
 * throw invalidRecordError('customer', undefined, [storeIssue('id', 'issueIdEmpty')]);
 */
export function storeIssue(path: string, key: StoreMessageKey, params: MessageParams | ((locale: Locale) => MessageParams) = {}): RecordIssue {
  return issueIn(storeMessages, path, key, params);
}
