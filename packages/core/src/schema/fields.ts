import type { CustomerKind } from '../enums/vocabularies.js';
import { competitorNoteSchema } from './competitor-note.js';
import { contactSchema } from './contact.js';
import { customerSchema, organisationSchema, personSchema } from './customer.js';
import type { FieldEntry } from './field-catalog.js';
import { interactionSchema } from './interaction.js';
import { opportunitySchema } from './opportunity.js';
import { fieldCatalog } from './schema-fields.js';
import type { RecordKind } from './stored-record.js';
import { transactionSchema } from './transaction.js';
import { contractSchema } from './contract.js';
import { satisfactionSchema } from './satisfaction.js';
import { serviceCaseSchema } from './service-case.js';
import { taskSchema } from './task.js';

/**
 * Every field of a customer record with its sensitivity, level, labels and kind.
 *
 * @example
 * customerFields.filter((f) => f.sensitivity === 'secret').map((f) => f.path) // ['idNumber', 'intelligence.…', …]
 */
export const customerFields: readonly FieldEntry[] = fieldCatalog(customerSchema);
/**
 * The field catalogue of each kind of customer, for masking a record by its own kind (a company's
 * name is public, a person's confidential; `customerFields` keeps the stricter of the two).
 *
 * @example
 * customerFieldsByKind.organisation.find((f) => f.path === 'name.zh')?.sensitivity // 'public'
 */
export const customerFieldsByKind = {
  organisation: fieldCatalog(organisationSchema),
  person: fieldCatalog(personSchema),
} as const satisfies Record<CustomerKind, readonly FieldEntry[]>;
/** @example contactFields.find((f) => f.path === 'mobile')?.kind // 'mobile' */
export const contactFields: readonly FieldEntry[] = fieldCatalog(contactSchema);
/** @example transactionFields.map((f) => f.path) */
export const transactionFields: readonly FieldEntry[] = fieldCatalog(transactionSchema);
/** @example interactionFields.map((f) => f.path) */
export const interactionFields: readonly FieldEntry[] = fieldCatalog(interactionSchema);
/** @example opportunityFields.map((f) => f.path) */
export const opportunityFields: readonly FieldEntry[] = fieldCatalog(opportunitySchema);
/** @example competitorNoteFields.map((f) => f.path) */
export const competitorNoteFields: readonly FieldEntry[] = fieldCatalog(competitorNoteSchema);
/** @example taskFields.map((f) => f.path) */
export const taskFields: readonly FieldEntry[] = fieldCatalog(taskSchema);
/** @example serviceCaseFields.map((f) => f.path) */
export const serviceCaseFields: readonly FieldEntry[] = fieldCatalog(serviceCaseSchema);
/** @example contractFields.map((f) => f.path) */
export const contractFields: readonly FieldEntry[] = fieldCatalog(contractSchema);

/** @example satisfactionFields.map((f) => f.path) */
export const satisfactionFields: readonly FieldEntry[] = fieldCatalog(satisfactionSchema);

/**
 * The field catalogue of every record kind.
 *
 * @example
 * recordFields.customer === customerFields // true
 */
export const recordFields: { readonly [K in RecordKind]: readonly FieldEntry[] } = {
  customer: customerFields,
  contact: contactFields,
  transaction: transactionFields,
  interaction: interactionFields,
  opportunity: opportunityFields,
  'competitor-note': competitorNoteFields,
  task: taskFields,
  'service-case': serviceCaseFields,
  contract: contractFields,
  satisfaction: satisfactionFields,
};
