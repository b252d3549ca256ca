import type { AbcGrade } from '../enums/vocabularies.js';
import type { Customer } from '../schema/customer.js';
import type { Interaction } from '../schema/interaction.js';
import { beijingDay } from './archive.js';
import type { AgendaPolicy } from './policy.js';

/** Where a customer stands against its follow-up cadence. */
export interface Cadence {
  /** Days between follow-ups for this customer (its grade's, or the key accounts'). */
  readonly cadenceDays: number;
  /** The day number of the last follow-up (Beijing day of the interaction), if any. */
  readonly lastDay: number | undefined;
  /** The day number the next follow-up is due: last follow-up (else the day the record was created) plus the cadence. */
  readonly dueDay: number;
}

/**
 * The follow-up cadence of a customer (跟单周期): A every 14 days, B 30, C 90 by default,
 * key accounts by their own rule, measured from the last interaction of a follow-up kind
 * before `asOf` (a customer never contacted is due a cadence after its record was created).
 *
 * @example
 * cadenceOf(customer, interactions, { keyAccount: false, today, policy }).dueDay
 */
export function cadenceOf(
  customer: Pick<Customer, 'grade' | 'createdAt'>,
  interactions: readonly Interaction[],
  options: { keyAccount: boolean; today: number; policy: Pick<AgendaPolicy, 'cadenceDays' | 'keyAccountCadenceDays' | 'followUpKinds'> },
): Cadence {
  const { policy, today } = options;
  const grade: AbcGrade | undefined = customer.grade.current;
  const cadenceDays = options.keyAccount ? policy.keyAccountCadenceDays : grade ? policy.cadenceDays[grade] : policy.cadenceDays.ungraded;
  let lastDay: number | undefined;
  for (const interaction of interactions) {
    if (!policy.followUpKinds.includes(interaction.kind)) continue;
    const day = beijingDay(interaction.at);
    if (day <= today && (lastDay === undefined || day > lastDay)) lastDay = day;
  }
  // A record whose creation time is unknown (a viewer may not read it) counts from `asOf`.
  const created = customer.createdAt instanceof Date && !Number.isNaN(customer.createdAt.getTime()) ? beijingDay(customer.createdAt) : today;
  const from = lastDay ?? created;
  return { cadenceDays, lastDay, dueDay: from + cadenceDays };
}
