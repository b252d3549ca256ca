import { neutraliseCell } from '@dossier/core';
import type { AbcGrading, Locale } from '@dossier/core';
import { abcShareSentences } from './abc-sentence.js';
import { formatNumber } from './format.js';

const needsQuotes = /[",\r\n]/;

/**
 * `formatNumber(value, digits)` without rounding through a decimal text when the shortest text of
 * the double already has at most `digits` decimals: rounding that text's value to `digits` places
 * and reading it back gives the same double, so `formatNumber` writes that very text.
 */
function numberText(value: number, digits: number): string {
  const text = String(value);
  const point = text.indexOf('.');
  if (text.indexOf('e') === -1 && text !== 'NaN' && (point === -1 || text.length - point - 1 <= digits)) return text;
  return formatNumber(value, digits);
}

/**
 * The CSV records (without line end) of the rows of an abc-share result, in `abcColumns` order,
 * straight from its columns: the record `csvRecord` writes from the row's cells (ids and
 * sentences neutralised and quoted as it does them, numbers as `formatNumber` writes them,
 * shares with `digits` decimals), or undefined for a row to be written from its cells (an id that
 * needs quoting or neutralising, a sentence `abcShareSentences` leaves to `explainGrade`). The
 * whole function is undefined when the result is not one `abcShareSentences` takes. A share's text
 * is reused for the next rank (its share before is this one's share after).
 *
 * @example
 * const record = abcCsvRecords(result, 'en', 6);
 * record?.(i) // 'K001,A,800,1,0,0.683761,true,"K001 is A: revenue 800, rank 1 of 4; …"'
 */
export function abcCsvRecords(result: AbcGrading, locale: Locale, digits: number): ((i: number) => string | undefined) | undefined {
  const sentence = abcShareSentences(result, locale);
  if (sentence === undefined) return undefined;
  const { customerIds, grade, gradeValues, revenue, rank, shareBefore, shareAfter, vip } = result;
  let lastAfter = Number.NaN;
  let lastAfterText = '';
  return (i) => {
    const id = customerIds[i]!;
    if (needsQuotes.test(id) || neutraliseCell(id) !== id) return undefined;
    let text = sentence(i);
    if (text === undefined) return undefined;
    text = neutraliseCell(text);
    const explanation = needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    const head = `${id},${gradeValues[grade[i]!]!},${numberText(revenue[i]!, 6)}`;
    const vipText = vip[i] === 1 ? 'true' : 'false';
    if (rank[i] === 0) return `${head},,,,${vipText},${explanation}`;
    const before = shareBefore[i]!;
    const after = shareAfter[i]!;
    const beforeText = before === lastAfter ? lastAfterText : numberText(before, digits);
    const afterText = numberText(after, digits);
    lastAfter = after;
    lastAfterText = afterText;
    return `${head},${rank[i]!},${beforeText},${afterText},${vipText},${explanation}`;
  };
}
