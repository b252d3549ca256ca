import type { RelationshipStage } from '../enums/vocabularies.js';
import type { Customer } from './customer.js';

/**
 * The relationship stage that counts: the stage a person set by hand wins over the stage derived
 * from transactions (grading's derivation); otherwise the derived stage, or the recorded one
 * when nothing was derived.
 *
 * @example
 * effectiveStage({ relationship: { stage: 'problem', setByHand: true } }, 'long-term') // 'problem'
 * effectiveStage({ relationship: { stage: 'new', setByHand: false } }, 'long-term') // 'long-term'
 */
export function effectiveStage(customer: Pick<Customer, 'relationship'>, derived?: RelationshipStage): RelationshipStage {
  const { stage, setByHand } = customer.relationship;
  return setByHand || derived === undefined ? stage : derived;
}
