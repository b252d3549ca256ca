import type { Locale } from '../i18n/locale.js';
import { translate } from '../i18n/translate.js';
import { ioMessages } from './messages.js';
import type { ImportIssue } from './table.js';

/**
 * The import report as sheet rows (line, column, header, value, code, reason), headed in the
 * locale (the writer neutralises formulas): what the CLI writes and the import wizard offers as a download.
 *
 * @example
 * writeCsv(importReportRows(result.issues, 'zh-CN'))
 */
export function importReportRows(issues: readonly ImportIssue[], locale: Locale = 'en'): string[][] {
  const header = (['report.line', 'report.column', 'report.header', 'report.value', 'report.code', 'report.reason'] as const).map((key) => translate(ioMessages, locale, key));
  return [
    header,
    ...issues.map((issue) => [String(issue.line), issue.column === undefined ? '' : String(issue.column), issue.header ?? '', issue.value ?? '', issue.code, issue.reason]),
  ];
}
