import { dayNumber } from '../book/calendar.js';
import { BookError } from '../book/errors.js';
import type { Contact } from '../schema/contact.js';
import type { Contract } from '../schema/contract.js';
import type { Customer } from '../schema/customer.js';
import type { Interaction } from '../schema/interaction.js';
import type { Opportunity } from '../schema/opportunity.js';
import type { ServiceCase } from '../schema/service-case.js';
import type { Task } from '../schema/task.js';
import type { Transaction } from '../schema/transaction.js';

/**
 * The records the agenda, receivables, key accounts and the customer summary read: the shape of
 * core's sample archive, every list but the customers optional.
 */
export interface WorkArchive {
  readonly customers: readonly Customer[];
  readonly contacts?: readonly Contact[] | undefined;
  readonly transactions?: readonly Transaction[] | undefined;
  readonly interactions?: readonly Interaction[] | undefined;
  readonly opportunities?: readonly Opportunity[] | undefined;
  readonly tasks?: readonly Task[] | undefined;
  readonly serviceCases?: readonly ServiceCase[] | undefined;
  readonly contracts?: readonly Contract[] | undefined;
}

/**
 * The day number of `asOf`, or a `BookError` naming it.
 *
 * @example
 * asOfDay('1970-01-02') // 1
 */
export function asOfDay(asOf: string): number {
  const day = dayNumber(asOf);
  if (day === undefined) throw new BookError('not-a-date', { value: `asOf ${asOf}`, field: 'asOf' });
  return day;
}

/**
 * The day number of an optional calendar date (records hold valid ones: the schemas check).
 *
 * @example
 * dayOf(undefined) // undefined
 */
export function dayOf(iso: string | undefined): number | undefined {
  return iso === undefined ? undefined : dayNumber(iso);
}

/**
 * The calendar day of an instant in Beijing (UTC+8), the archive's business day.
 *
 * @example
 * beijingDay(new Date('1970-01-01T16:00:00Z')) // 1
 */
export function beijingDay(at: Date): number {
  return Math.floor((at.getTime() + 8 * 3_600_000) / 86_400_000);
}

/**
 * Whether a line's amount is known: a number (a privacy store leaves out what the viewer may not
 * read, and the work functions then count the line as unknown rather than as zero).
 *
 * @example
 * knownAmount({ amount: 12 }) // true
 */
export function knownAmount(line: { amount?: unknown }): boolean {
  return typeof line.amount === 'number' && Number.isFinite(line.amount);
}

/**
 * Items grouped by a key, groups in the order of their first item, items in their given order.
 *
 * @example
 * groupBy(['a1', 'b1', 'a2'], (s) => s[0]!) // Map { 'a' => ['a1', 'a2'], 'b' => ['b1'] }
 */
export function groupBy<T>(items: readonly T[] | undefined, keyOf: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items ?? []) {
    const key = keyOf(item);
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  }
  return map;
}

/**
 * Records grouped by their customer, in their given order.
 *
 * @example
 * byCustomer(archive.tasks).get('C-1')
 */
export function byCustomer<T extends { customerId: string }>(records: readonly T[] | undefined): Map<string, T[]> {
  return groupBy(records, (record) => record.customerId);
}
