import { isUtf8 } from 'node:buffer';
import type { TransactionColumnsBuilder } from '@dossier/core';

/** Codes of the texts of one column, from bytes (`TextCodes`; a worker's own table). */
export interface ByteCodes {
  code(bytes: Buffer, start: number, end: number): number;
}
/** Day numbers of ISO date texts (`DateReader`; a worker's stand-in). */
export interface DayReader {
  day(text: string): number | undefined;
}

/**
 * Reads one line of a transactions file from its bytes (`[start, end)`, no line end) into the
 * builder, or returns false to have the line read from its fields as text: the byte path takes
 * only what it reads exactly as the text path does (plain decimals, ISO dates, fields without
 * quotes), so every line it declines — and every error — is the text path's.
 */
export type FastRow = (bytes: Buffer, start: number, end: number) => boolean;

/** Positions of the columns in the header (-1 when absent or not kept) and the header's width. */
export interface FastColumns {
  width: number;
  customer: number;
  date: number;
  amount: number;
  cost: number;
  paid: number;
  quantity: number;
  order: number;
  product: number;
  category: number;
}

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const COMMA = 0x2c;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;

/**
 * Whether the bytes are text the byte reader takes: UTF-8, no quote, every CR before an LF.
 *
 * @example
 * plainLines(Buffer.from('a,1\r\nb,2\n')) // true
 * plainLines(Buffer.from('"a,b",1\n')) // false
 */
export function plainLines(body: Buffer): boolean {
  if (!isUtf8(body) || body.indexOf(QUOTE) !== -1) return false;
  for (let cr = body.indexOf(CR); cr !== -1; cr = body.indexOf(CR, cr + 1)) if (cr + 1 < body.length && body[cr + 1] !== LF) return false;
  return true;
}

/**
 * Money written as core's fast reader takes it (`-?\d{1,13}(\.\d{1,2})?`), as its number of
 * yuan, or NaN. Whole fen divided by 100 is correctly rounded: the double `Number(text)` gives.
 *
 * @example
 * moneyFromBytes(Buffer.from('-12.30'), 0, 6) // -12.3
 */
export function moneyFromBytes(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  const negative = bytes[i] === MINUS;
  if (negative) i++;
  let fen = 0;
  const whole = i;
  for (; i < end; i++) {
    const c = bytes[i]!;
    if (c < ZERO || c > NINE) break;
    fen = fen * 10 + (c - ZERO);
  }
  if (i === whole || i - whole > 13) return Number.NaN;
  let decimals = 0;
  if (i < end) {
    if (bytes[i] !== DOT) return Number.NaN;
    for (i++; i < end; i++) {
      const c = bytes[i]!;
      if (c < ZERO || c > NINE) return Number.NaN;
      fen = fen * 10 + (c - ZERO);
      decimals++;
    }
    if (decimals === 0 || decimals > 2) return Number.NaN;
  }
  if (decimals === 0) fen *= 100;
  else if (decimals === 1) fen *= 10;
  const value = (negative ? -fen : fen) / 100;
  return value === 0 ? 0 : value;
}

/** A plain decimal (`-?\d{1,15}(\.\d{1,15})?`, core's fast form) as `Number` reads it, or NaN. */
export function plainFromBytes(bytes: Buffer, start: number, end: number): number {
  let i = start;
  const negative = bytes[i] === MINUS;
  if (negative) i++;
  let value = 0;
  const whole = i;
  for (; i < end; i++) {
    const c = bytes[i]!;
    if (c < ZERO || c > NINE) break;
    value = value * 10 + (c - ZERO);
  }
  if (i === whole || i - whole > 15) return Number.NaN;
  if (i < end) {
    if (bytes[i] !== DOT || end - i - 1 < 1 || end - i - 1 > 15) return Number.NaN;
    for (let k = i + 1; k < end; k++) if (bytes[k]! < ZERO || bytes[k]! > NINE) return Number.NaN;
    value = Number(bytes.toString('latin1', start, end));
  } else if (negative) {
    value = -value;
  }
  return value === 0 ? 0 : value;
}

const isDigit = (c: number) => c >= ZERO && c <= NINE;

/**
 * The line reader of a transactions file with the given columns. Ids are dictionary-encoded from
 * their bytes (the string is made, trimmed, once per distinct id); ISO dates are read once per
 * distinct date by the text path's `DateReader`.
 */
export function fastTransactionRow(
  builder: Pick<TransactionColumnsBuilder, 'pushCodes'>,
  codes: { customers: ByteCodes; orders: ByteCodes; products: ByteCodes; categories: ByteCodes },
  dates: DayReader,
  at: FastColumns,
): FastRow {
  const { customers, orders, products, categories } = codes;
  const days = new Map<number, number>();
  // Field k of the current line is [starts[k], starts[k + 1] - 1).
  const starts = new Int32Array(at.width + 1);
  const code = (texts: ByteCodes, bytes: Buffer, k: number): number => {
    const start = starts[k]!;
    const end = starts[k + 1]! - 1;
    return start === end ? -1 : texts.code(bytes, start, end);
  };
  // Missing money is NaN, as in the columns; money not in the plain form is undefined.
  const money = (bytes: Buffer, k: number): number | undefined => {
    const start = starts[k]!;
    const end = starts[k + 1]! - 1;
    if (start === end) return Number.NaN;
    const value = moneyFromBytes(bytes, start, end);
    return Number.isNaN(value) ? undefined : value;
  };
  let lastKey = -1;
  let lastDay = 0;
  const day = (bytes: Buffer, start: number, end: number): number | undefined => {
    if (end - start !== 10 || bytes[start + 4] !== MINUS || bytes[start + 7] !== MINUS) return undefined;
    let key = 0;
    for (let i = start; i < end; i++) {
      if (i === start + 4 || i === start + 7) continue;
      const c = bytes[i]!;
      if (!isDigit(c)) return undefined;
      key = key * 10 + (c - ZERO);
    }
    // Consecutive lines (one order's) mostly share their date: the last one is kept beside the map.
    if (key === lastKey) return lastDay;
    let value = days.get(key);
    if (value === undefined) {
      value = dates.day(bytes.toString('latin1', start, end));
      if (value === undefined) return undefined;
      days.set(key, value);
    }
    lastKey = key;
    lastDay = value;
    return value;
  };

  return (bytes, start, end) => {
    let n = 0;
    starts[0] = start;
    for (let i = start; i < end; i++) {
      if (bytes[i] === COMMA) {
        if (++n >= at.width) return false;
        starts[n] = i + 1;
      }
    }
    if (n !== at.width - 1) return false;
    starts[n + 1] = end + 1;
    const customer = code(customers, bytes, at.customer);
    if (customer < 0) return false;
    const lineDay = day(bytes, starts[at.date]!, starts[at.date + 1]! - 1);
    if (lineDay === undefined) return false;
    const amount = money(bytes, at.amount);
    if (amount === undefined || Number.isNaN(amount)) return false;
    const cost = at.cost < 0 ? Number.NaN : money(bytes, at.cost);
    const paid = at.paid < 0 ? Number.NaN : money(bytes, at.paid);
    if (cost === undefined || paid === undefined) return false;
    let quantity = Number.NaN;
    if (at.quantity >= 0 && starts[at.quantity] !== starts[at.quantity + 1]! - 1) {
      quantity = plainFromBytes(bytes, starts[at.quantity]!, starts[at.quantity + 1]! - 1);
      if (Number.isNaN(quantity)) return false;
    }
    const order = at.order < 0 ? -1 : code(orders, bytes, at.order);
    const product = at.product < 0 ? -1 : code(products, bytes, at.product);
    const category = at.category < 0 ? -1 : code(categories, bytes, at.category);
    builder.pushCodes(customer, lineDay, amount, cost, paid, quantity, order, product, category);
    return true;
  };
}
