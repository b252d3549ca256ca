import { neutraliseCell } from '@dossier/core';
import type { AbcGrading, Locale } from '@dossier/core';
import { abcShareSentences } from './abc-sentence.js';
import { formatNumber } from './format.js';

const needsQuotes = /[",\r\n]/;

/**
 * `neutraliseCell`, asked once per first character: a text is neutralised only when it starts
 * with a risky character or an apostrophe (see core's formula.ts), so a first character that is
 * neither leaves every text as it is.
 */
function neutraliser(): (text: string) => string {
  // 0 not asked yet, 1 a first character that leaves the text alone, 2 one that may not.
  const known = new Uint8Array(0x10000);
  return (text) => {
    const c = text.charCodeAt(0);
    if (known[c] === 0) {
      const first = text.charAt(0);
      known[c] = first !== "'" && neutraliseCell(`${first}a`) === `${first}a` ? 1 : 2;
    }
    return known[c] === 1 ? text : neutraliseCell(text);
  };
}

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
  const neutralised = neutraliser();
  let lastAfter = Number.NaN;
  let lastAfterText = '';
  return (i) => {
    const id = customerIds[i]!;
    if (id === '' || needsQuotes.test(id) || neutralised(id) !== id) return undefined;
    let text = sentence(i);
    if (text === undefined || text === '') return undefined;
    text = neutralised(text);
    const explanation = needsQuotes.test(text) ? `"${text.indexOf('"') === -1 ? text : text.replace(/"/g, '""')}"` : text;
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
