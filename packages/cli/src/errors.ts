import { LocalizedError, numberProblemMessages, translate } from '@dossier/core';
import type { Locale, NumberProblem } from '@dossier/core';
import { messages } from './messages.js';
import type { MessageKey } from './messages.js';

/** What can go wrong in the command; each code has an en and zh-CN message in ./messages.ts. */
export type CliErrorCode =
  | 'usage'
  | 'unknown-command'
  | 'missing-option'
  | 'invalid-option'
  | 'file-not-found'
  | 'empty-file'
  | 'missing-column'
  | 'duplicate-column'
  | 'missing-value'
  | 'duplicate-customer'
  | 'bad-date'
  | 'bad-number'
  | 'too-few-fields'
  | 'too-many-fields'
  | 'csv-syntax'
  | 'not-utf8'
  | 'bad-policy'
  | 'grading-failed'
  | 'database'
  | 'bad-workbook'
  | 'ambiguous-date'
  | 'bad-override';

/** Exit status of the command: 0 done, 1 an unexpected failure, 2 bad input or usage. */
export const exitCodes = { ok: 0, failure: 1, badInput: 2 } as const;

/**
 * A user-facing failure of the command: a stable `code`, the values that explain it (file,
 * line, column …) and the message in any locale through `messageIn` (it is one of core's
 * `LocalizedError`s). Every such error exits with status 2 and leaves `--out` untouched.
 *
 * @example
 * const error = new CliError('bad-date', { file: 'a.csv', line: 3, column: 2, name: 'date', value: '2025-02-30' });
 * error.messageIn('zh-CN'); // 'a.csv 第 3 行第 2 列（date）：…'
 */
export class CliError extends LocalizedError<CliErrorCode> {
  declare readonly params: Readonly<Record<string, string | number>>;
  /** 1-based line of the input file, when the error is about one. */
  readonly line: number | undefined;
  /** 1-based column (field position) of the input file, when the error is about one. */
  readonly column: number | undefined;

  constructor(code: CliErrorCode, params: Record<string, string | number> = {}) {
    super(code, params, (locale) => translate(messages, locale, `error.${code}` as MessageKey, withReason(params, locale)));
    this.name = 'CliError';
    this.line = typeof params.line === 'number' ? params.line : undefined;
    this.column = typeof params.column === 'number' ? params.column : undefined;
  }
}

/** A refused number (`problem`) is explained by core's sentence for it, in the same locale. */
function withReason(params: Readonly<Record<string, string | number>>, locale: Locale): Record<string, string | number> {
  const problem = params.problem as NumberProblem | undefined;
  return problem === undefined ? { ...params } : { ...params, reason: translate(numberProblemMessages, locale, problem, params) };
}
