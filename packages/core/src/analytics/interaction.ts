import type { InteractionKind } from '../enums/vocabularies.js';

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
