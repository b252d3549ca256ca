import { vocabularyLabels, vocabularyLabel, type VocabularyName } from '../enums/labels.js';
import type { Locale } from '../i18n/locale.js';
import { locales } from '../i18n/locale.js';
import { readNumber } from '../money/decimal.js';
import { numberProblemMessages } from '../money/messages.js';
import { translate } from '../i18n/translate.js';
import type { FieldEntry } from '../schema/field-catalog.js';
import type { ImportIssueCode } from './messages.js';
import type { WorkbookCell } from './xlsx.js';
import { restoreCell } from './formula.js';
import { readDate, type DateOrder } from './dates.js';

/** The result of reading one cell: a value for the record, nothing (empty cell), or why it cannot be read. */
export type CellReading = { ok: true; value: unknown } | { ok: false; code: ImportIssueCode; params?: Record<string, string> };

// Separators people type between the items of a list cell; export falls back to JSON when an item contains one.
const listSeparators = /[、;；,，|\n]/;
const trueWords = new Set(['是', '对', '有', 'y', 'yes', 'true', '1', '√', 'x', '✓']);
const falseWords = new Set(['否', '不', '无', 'n', 'no', 'false', '0', '×', '✗']);

function choiceValues(entry: FieldEntry): string[] | undefined {
  if (entry.vocabulary) return Object.keys(vocabularyLabels[entry.vocabulary].en);
  if (entry.choices) return Object.keys(entry.choices);
  return undefined;
}

function choiceLabel(entry: FieldEntry, value: string, locale: Locale): string {
  if (entry.vocabulary) return vocabularyLabel(locale, entry.vocabulary as VocabularyName, value as never);
  return entry.choices?.[value]?.[locale] ?? value;
}

function readChoice(entry: FieldEntry, text: string, locale: Locale): CellReading {
  const values = choiceValues(entry);
  if (values === undefined) return { ok: true, value: text };
  if (values.includes(text)) return { ok: true, value: text };
  const wanted = text.normalize('NFKC').toLowerCase();
  for (const value of values) {
    if (value.toLowerCase() === wanted) return { ok: true, value };
    for (const l of locales) if (choiceLabel(entry, value, l).normalize('NFKC').toLowerCase() === wanted) return { ok: true, value };
  }
  return { ok: false, code: 'badChoice', params: { options: values.map((v) => choiceLabel(entry, v, locale)).join(' / ') } };
}

/**
 * Reads one cell for a field of the catalogue: restores a neutralised formula, then parses by the
 * field's kind. An empty cell reads as `undefined` (the field is left out). Dates written day or
 * month first are read only in the `dateOrder` given.
 *
 * @example
 * readCell(amountEntry, '1,200') // { ok: true, value: 1200 }
 */
export function readCell(entry: FieldEntry | undefined, raw: string, locale: Locale = 'en', options: { dateOrder?: DateOrder | undefined } = {}): CellReading {
  if (raw.trim() === '') return { ok: true, value: undefined };
  const text = restoreCell(raw);
  if (entry === undefined) {
    // Not a catalogue leaf: an empty list or group the exporter wrote as JSON, or plain text.
    if (/^(\[.*\]|\{.*\})$/s.test(text.trim())) {
      try {
        return { ok: true, value: JSON.parse(text) as unknown };
      } catch {
        return { ok: true, value: text };
      }
    }
    return { ok: true, value: text };
  }
  if (entry.list) {
    let items: unknown[];
    if (text.trimStart().startsWith('[')) {
      try {
        const parsed: unknown = JSON.parse(text);
        if (!Array.isArray(parsed)) return { ok: false, code: 'badJson' };
        items = parsed;
      } catch {
        return { ok: false, code: 'badJson' };
      }
    } else items = text.split(listSeparators).map((s) => s.trim()).filter((s) => s !== '');
    if (entry.kind !== 'enum') return { ok: true, value: items };
    const values: unknown[] = [];
    for (const item of items) {
      const reading = readChoice(entry, String(item), locale);
      if (!reading.ok) return reading;
      values.push(reading.value);
    }
    return { ok: true, value: values };
  }
  switch (entry.kind) {
    case 'json':
      try {
        return { ok: true, value: JSON.parse(text) as unknown };
      } catch {
        return { ok: false, code: 'badJson' };
      }
    case 'number':
    case 'money': {
      // The one number reader (money/decimal.ts): ambiguous separators are refused, never guessed.
      const n = readNumber(text, { money: entry.kind === 'money' });
      if (n.ok) return { ok: true, value: n.value };
      return { ok: false, code: 'badNumber', params: { problem: n.problem, reason: translate(numberProblemMessages, locale, n.problem, { value: text }) } };
    }
    case 'boolean': {
      const word = text.normalize('NFKC').trim().toLowerCase();
      if (trueWords.has(word)) return { ok: true, value: true };
      if (falseWords.has(word)) return { ok: true, value: false };
      return { ok: false, code: 'badBoolean' };
    }
    case 'date': {
      const day = readDate(text, options.dateOrder);
      return day.ok ? { ok: true, value: day.value } : { ok: false, code: day.code };
    }
    case 'instant': {
      const t = text.trim();
      const date = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(t) ? new Date(t.replace(' ', 'T')) : new Date(Number.NaN);
      return Number.isNaN(date.getTime()) ? { ok: false, code: 'badInstant' } : { ok: true, value: date.toISOString() };
    }
    case 'enum':
      return readChoice(entry, text.trim(), locale);
    default:
      return { ok: true, value: text };
  }
}

/**
 * Writes one stored value as a cell: labels for enumerations, 是/否 (yes/no) for booleans, lists
 * joined with `、` (JSON when an item holds a separator), objects as JSON, numbers as numbers. Text
 * is returned as it is: the sheet writers (`writeCsv`, `writeXlsx`) neutralise formulas.
 *
 * @example
 * writeCell(stageEntry, 'former', 'zh-CN') // '过去的客户'
 * writeCell(notesEntry, '=1+1') // '=1+1' (writeCsv writes it as "'=1+1")
 */
export function writeCell(entry: FieldEntry | undefined, value: unknown, locale: Locale = 'en'): WorkbookCell {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) {
    const items = entry?.kind === 'enum' ? value.map((v) => choiceLabel(entry, String(v), locale)) : value;
    const plain = items.every((item) => typeof item === 'string' && item.trim() === item && item !== '' && !listSeparators.test(item));
    return plain && !String(items[0] ?? '').startsWith('[') && items.length > 0 ? items.join('、') : JSON.stringify(value);
  }
  if (typeof value === 'number') return entry?.kind === 'json' ? JSON.stringify(value) : value;
  if (typeof value === 'boolean') return entry?.kind === 'json' ? JSON.stringify(value) : locale === 'zh-CN' ? (value ? '是' : '否') : value ? 'yes' : 'no';
  if (typeof value === 'object' || entry?.kind === 'json') return JSON.stringify(value instanceof Date ? value.toISOString() : value);
  if (entry?.kind === 'enum') return choiceLabel(entry, String(value), locale);
  return String(value);
}
