import type { InteractionKind } from '../enums/vocabularies.js';
import type { Interaction } from '../schema/interaction.js';

/**
 * One contact with a customer (a visit, call, gift …), as the analyses need it: who, when,
 * what it cost and how long it took. The archive's contact log maps onto this.
 */
export interface InteractionEntry {
  customerId: string;
  /** The sales rep (or other staff) who made the contact. */
  rep: string;
  /** ISO date `YYYY-MM-DD`. */
  date: string;
  kind: InteractionKind;
  /** Money spent on the contact (travel, gift …); missing counts as 0. */
  cost?: number | undefined;
  /** Time spent, in minutes; missing counts as unknown (left out of time shares). */
  durationMinutes?: number | undefined;
}

/**
 * The analytics view of a stored interaction record (`interactionSchema`): its instant `at`
 * becomes the calendar date in `timeZone` (a visit at 07:00 in Shanghai is the previous day
 * in UTC, so the zone must be given), `by` becomes `rep`.
 *
 * @example
 * toInteractionEntry(record, { timeZone: 'Asia/Shanghai' })
 * // { customerId: 'C-1', rep: 'rep-7', date: '2025-03-01', kind: 'visit', cost: 300 }
 */
export function toInteractionEntry(
  record: Pick<Interaction, 'customerId' | 'by' | 'at' | 'kind' | 'cost'>,
  options: { timeZone: string; durationMinutes?: number | undefined },
): InteractionEntry {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: options.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
    record.at,
  );
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    customerId: record.customerId,
    rep: record.by,
    date: `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`,
    kind: record.kind,
    ...(record.cost === undefined ? {} : { cost: record.cost }),
    ...(options.durationMinutes === undefined ? {} : { durationMinutes: options.durationMinutes }),
  };
}
