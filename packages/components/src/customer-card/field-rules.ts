import type { FieldRule } from '@dossier/core';

/**
 * Sensitivity, information level and mask of every customer field the card shows, as core's
 * schemas declare them (customer-card.test.ts checks each entry against the schema registry).
 * The card shows nothing that is not listed here, so a field added to the schema cannot leak
 * through it by accident.
 */
export const cardCustomerRules: readonly FieldRule[] = [
  { path: 'name.zh', sensitivity: 'public', level: 1 },
  { path: 'name.en', sensitivity: 'public', level: 1 },
  { path: 'shortName', sensitivity: 'public', level: 1 },
  { path: 'phone', sensitivity: 'internal', level: 1, mask: 'phone' },
  { path: 'mobile', sensitivity: 'confidential', level: 1, mask: 'mobile' },
  { path: 'email', sensitivity: 'confidential', level: 1, mask: 'email' },
  { path: 'nature', sensitivity: 'internal', level: 1 },
  { path: 'salespersonId', sensitivity: 'internal', level: 1 },
  { path: 'territory', sensitivity: 'internal', level: 1 },
  { path: 'relationship.stage', sensitivity: 'internal', level: 1 },
  { path: 'relationship.since', sensitivity: 'internal', level: 1 },
  { path: 'relationship.stoppedOn', sensitivity: 'internal', level: 1 },
  { path: 'relationship.stopReason', sensitivity: 'confidential', level: 1, mask: 'text' },
  { path: 'relationship.followUp', sensitivity: 'internal', level: 1 },
  { path: 'grade.current', sensitivity: 'internal', level: 1 },
  { path: 'grade.provisional', sensitivity: 'internal', level: 1 },
  { path: 'grade.reviewDue', sensitivity: 'internal', level: 1 },
  { path: 'prospecting.needs', sensitivity: 'internal', level: 2 },
  { path: 'prospecting.likelyTime', sensitivity: 'internal', level: 2 },
  { path: 'prospecting.likelyPlace', sensitivity: 'internal', level: 2 },
  { path: 'prospecting.likelyWay', sensitivity: 'internal', level: 2 },
  { path: 'prospecting.purchaseLikelihood', sensitivity: 'internal', level: 2 },
  { path: 'prospecting.budget', sensitivity: 'internal', level: 2 },
];

/** The same for the contact fields the card shows. */
export const cardContactRules: readonly FieldRule[] = [
  { path: 'name.zh', sensitivity: 'internal', level: 1, mask: 'name' },
  { path: 'name.en', sensitivity: 'internal', level: 1, mask: 'name' },
  { path: 'title', sensitivity: 'internal', level: 1 },
  { path: 'landline', sensitivity: 'internal', level: 1, mask: 'phone' },
  { path: 'mobile', sensitivity: 'confidential', level: 1, mask: 'mobile' },
  { path: 'email', sensitivity: 'confidential', level: 1, mask: 'email' },
  { path: 'buyingRoles', sensitivity: 'internal', level: 2 },
  { path: 'layer', sensitivity: 'internal', level: 2 },
  { path: 'isKey', sensitivity: 'internal', level: 2 },
  { path: 'communicationStyle', sensitivity: 'confidential', level: 3 },
];

/** The same for the interaction fields the card shows (last and next contact). */
export const cardInteractionRules: readonly FieldRule[] = [
  { path: 'kind', sensitivity: 'internal', level: 1 },
  { path: 'at', sensitivity: 'internal', level: 1 },
  { path: 'subject', sensitivity: 'internal', level: 1 },
];

/**
 * Grades, RFM scores and their explanations are derived, not stored fields; they are as
 * sensitive as the stored grade (`grade.current`).
 */
export const derivedGradeRule: Pick<FieldRule, 'sensitivity' | 'level'> = { sensitivity: 'internal', level: 1 };

/**
 * Grade explanations quote the customer's revenue, which is as sensitive as a transaction
 * amount (`amount` is confidential in core's transaction schema).
 */
export const explanationRule: Pick<FieldRule, 'sensitivity' | 'level'> = { sensitivity: 'confidential', level: 1 };
