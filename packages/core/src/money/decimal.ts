/**
 * The one reader of numbers written by people and spreadsheets (CSV and XLSX cells, CLI files,
 * the import wizard). It accepts what is unambiguous and refuses, with a reason, what could be
 * read two ways — it never guesses.
 *
 * Accepted: digits (full-width too: `１２３`), a decimal point, thousands separators as commas in
 * groups of three (`12,800.00`), a currency sign before the number (`¥` `￥` `$` `RMB` `CNY`) or a
 * currency word after it (`元` `RMB` `CNY`), a sign (`-1.5`, `+3`, `-¥5`, `¥-5`), a negative in
 * parentheses (`(1,200.00)`, `(¥1,200.00)`), an exponent on a plain number (`1e3`), spaces around.
 *
 * Refused: `1.234,50` and `1 234,50` (decimal comma, space grouping), `1,23` (commas not in
 * groups of three), hexadecimal and other radix prefixes, text, and for money more than two
 * decimals (the unit is the fen).
 */

/** Why a text is not a number (see `numberProblemMessages` for the sentences). */
export type NumberProblem = 'not-a-number' | 'ambiguous-separator' | 'too-many-decimals' | 'out-of-range';

/** The result of reading one number: its value, or why there is none. */
export type NumberReading = { ok: true; value: number } | { ok: false; problem: NumberProblem };

/** A decimal read exactly: `±digits × 10^-scale`, `digits` without leading zeros ('' for zero). */
export interface DecimalParts {
  readonly negative: boolean;
  readonly digits: string;
  readonly scale: number;
}

const PREFIX = /^(?:¥|\$|RMB|CNY)\s*/i;
const SUFFIX = /\s*(?:元|RMB|CNY)$/i;
const PLAIN = /^(\d+\.?\d*|\.\d+)(?:e([+-]?\d+))?$/i;
const GROUPED = /^(\d{1,3}(?:,\d{3})+)(\.\d+)?$/;
const SEPARATED = /^[\d.,'\s\u00a0\u202f]+$/;
const FAST_MONEY = /^-?\d{1,13}(?:\.\d{1,2})?$/;
const FAST_PLAIN = /^-?\d{1,15}(?:\.\d{1,15})?$/;

/**
 * Reads a decimal number exactly, without going through binary floating point: the sign,
 * the significant digits and the power of ten. `undefined` with the problem when the text
 * is not a number or is ambiguous.
 *
 * @example
 * decimalParts('(¥1,200.50)') // { negative: true, digits: '120050', scale: 2 }
 * decimalParts('1.234,50') // 'ambiguous-separator'
 */
export function decimalParts(text: string): DecimalParts | NumberProblem {
  let t = text.normalize('NFKC').replace(/\u2212/g, '-').trim();
  let parenthesised = false;
  let signed = '';
  let currency = false;
  const unwrap = () => {
    if (!parenthesised && t.length > 2 && t.startsWith('(') && t.endsWith(')')) {
      parenthesised = true;
      t = t.slice(1, -1).trim();
    }
  };
  const prefix = () => {
    const match = currency ? null : PREFIX.exec(t);
    if (match) {
      currency = true;
      t = t.slice(match[0].length);
    }
  };
  let suffixed = false;
  const suffix = () => {
    const match = suffixed ? null : SUFFIX.exec(t);
    if (match && match.index > 0) {
      suffixed = true;
      t = t.slice(0, match.index);
    }
  };
  suffix(); // (1,200)元
  unwrap();
  prefix();
  unwrap();
  if (t.startsWith('-') || t.startsWith('+')) {
    signed = t[0]!;
    t = t.slice(1).trimStart();
  }
  prefix();
  suffix(); // (1,200元)
  if (parenthesised && signed !== '') return 'not-a-number';
  let whole: string;
  let fraction: string;
  let exponent = 0;
  const plain = PLAIN.exec(t);
  if (plain) {
    [whole = '', fraction = ''] = plain[1]!.split('.');
    if (plain[2] !== undefined) {
      exponent = Number(plain[2]);
      if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 1000) return 'out-of-range';
    }
  } else {
    const grouped = GROUPED.exec(t);
    if (!grouped) return t !== '' && SEPARATED.test(t) && /\d/.test(t) ? 'ambiguous-separator' : 'not-a-number';
    whole = grouped[1]!.replace(/,/g, '');
    fraction = grouped[2]?.slice(1) ?? '';
  }
  let digits = (whole + fraction).replace(/^0+/, '');
  let scale = fraction.length - exponent;
  // Trailing zeros carry no value: 1.50 is 1.5, 1200 is 12 × 10².
  const trailing = /0*$/.exec(digits)![0].length;
  if (trailing > 0) {
    digits = digits.slice(0, digits.length - trailing);
    scale -= trailing;
  }
  if (digits === '') scale = 0;
  return { negative: (parenthesised || signed === '-') && digits !== '', digits, scale };
}

/**
 * Reads a number from a cell or a CSV field (see the module's rules). With `money`, the value
 * must be whole fen (at most two decimals) and exact in a double's range of whole fen, so
 * that amounts are summed exactly later (`toFen`); otherwise any decimal is kept as the
 * nearest double. Empty text is `not-a-number`: callers decide whether a field may be empty.
 *
 * @example
 * readNumber('￥12,800.00', { money: true }) // { ok: true, value: 12800 }
 * readNumber('(1,200.50)') // { ok: true, value: -1200.5 }
 * readNumber('1,23') // { ok: false, problem: 'ambiguous-separator' }
 * readNumber('0.125', { money: true }) // { ok: false, problem: 'too-many-decimals' }
 */
export function readNumber(text: string, options: { money?: boolean | undefined } = {}): NumberReading {
  // Fast path for what ERP exports write millions of times: plain ASCII decimals. Number() of
  // such a text is the double nearest to the decimal, the value the exact path gives too; 13
  // integer digits and 2 decimals keep the fen below 2^51, where `toFen` is exact.
  if (options.money ? FAST_MONEY.test(text) : FAST_PLAIN.test(text)) {
    const value = Number(text);
    return { ok: true, value: value === 0 ? 0 : value };
  }
  const parts = decimalParts(text);
  if (typeof parts === 'string') return { ok: false, problem: parts };
  return options.money ? moneyFromParts(parts) : numberFromParts(parts);
}

function numberFromParts(parts: DecimalParts): NumberReading {
  const value = Number(`${parts.negative ? '-' : ''}${parts.digits || '0'}e${-parts.scale}`);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, problem: 'out-of-range' };
}

/**
 * The amount of exact decimal parts as a number of yuan, when it is whole fen and its fen
 * are exact in a double (the checks `toFen` relies on).
 */
export function moneyFromParts(parts: DecimalParts): NumberReading {
  if (parts.scale > 2) return { ok: false, problem: 'too-many-decimals' };
  if (parts.digits.length + (2 - parts.scale) > 330) return { ok: false, problem: 'out-of-range' };
  const fen = BigInt(parts.digits || '0') * 10n ** BigInt(2 - parts.scale);
  const fenNumber = Number(fen);
  if (BigInt(fenNumber) !== fen) return { ok: false, problem: 'out-of-range' };
  const value = (parts.negative ? -fenNumber : fenNumber) / 100;
  // The division is correctly rounded: the double nearest to the decimal, which toFen inverts.
  if (Math.round(value * 100) !== (parts.negative ? -fenNumber : fenNumber)) return { ok: false, problem: 'out-of-range' };
  return { ok: true, value: value === 0 ? 0 : value };
}
