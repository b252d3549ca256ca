import type { FieldRule, RecordKind } from '@dossier/core';
import { fieldRuleOf } from '../shared/projection.js';

// The rule of each listed path as core's catalogue gives it (an organisation's for a customer);
// the card masks every record by its own kind through `recordRulesFor`, so only the paths are
// the card's own choice, never a sensitivity, level or mask.
const rules = (kind: RecordKind, paths: string): FieldRule[] => paths.split(' ').map((path) => ({ ...fieldRuleOf(kind, { kind: 'organisation' }, path), path }));

/**
 * Every customer field the card shows, with its sensitivity, information level and mask from
 * core's schemas (customer-card.test.ts checks each entry against the schema registry). The
 * card shows nothing that is not listed here, so a field added to the schema cannot leak
 * through it by accident.
 */
export const cardCustomerRules: readonly FieldRule[] = rules(
  'customer',
  'name.zh name.en shortName phone mobile email nature salespersonId territory relationship.stage relationship.since relationship.stoppedOn relationship.stopReason relationship.followUp grade.current grade.provisional grade.reviewDue prospecting.needs prospecting.likelyTime prospecting.likelyPlace prospecting.likelyWay prospecting.purchaseLikelihood prospecting.budget',
);

/** The same for the contact fields the card shows. */
export const cardContactRules: readonly FieldRule[] = rules('contact', 'name.zh name.en title landline mobile email buyingRoles layer isKey communicationStyle');

/** The same for the interaction fields the card shows (last and next contact). */
export const cardInteractionRules: readonly FieldRule[] = rules('interaction', 'kind at subject');

/**
 * Grades, RFM scores and their explanations are derived, not stored fields; they are as
 * sensitive as the stored grade (`grade.current`).
 */
export const derivedGradeRule: Pick<FieldRule, 'sensitivity' | 'level'> = fieldRuleOf('customer', { kind: 'organisation' }, 'grade.current');

/**
 * Grade explanations quote the customer's revenue, which is as sensitive as a transaction
 * amount (`amount` is confidential in core's transaction schema).
 */
export const explanationRule: Pick<FieldRule, 'sensitivity' | 'level'> = fieldRuleOf('transaction', {}, 'amount');
