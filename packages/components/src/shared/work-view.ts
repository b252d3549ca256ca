import type { Customer, Locale, Viewer } from '@dossier/core';
import { project } from '../customer-card/projection.js';
import { recordRulesFor } from './projection.js';

// The customer's name as the viewer may see it: the shared projection masks by the record's own kind.
const nameRules = [
  { path: 'name.zh', sensitivity: 'secret', level: 3 },
  { path: 'name.en', sensitivity: 'secret', level: 3 },
] as const;

/**
 * The day on the page's clock (`YYYY-MM-DD`): what a work element (agenda, receivables) is for
 * when no `as-of` is given.
 *
 * @example
 * agenda(archive, { asOf: this.asOf ?? todayOnPageClock() })
 */
export const todayOnPageClock = (): string => new Date().toISOString().slice(0, 10);

/**
 * Whose customers a work element lists for a viewer: the `owners` given (a manager's team), else a
 * sales rep's own (a role that reads only its own), else everyone's (undefined).
 *
 * @example
 * workScope({ userId: 'rep-7', role: defaultRoles['sales-rep'] }, undefined) // ['rep-7']
 */
export function workScope(viewer: Viewer, owners: readonly string[] | undefined): readonly string[] | undefined {
  return owners ?? (viewer.role.ownRead !== undefined ? [viewer.userId] : undefined);
}

/**
 * A customer's name in the locale as the viewer may see it (masked through the shared
 * projection), the other language's when the locale's is missing; undefined when neither is.
 *
 * @example
 * shownCustomerName(customer, viewer, 'en') // 'Hangzhou Tech' or '杭州科技' or a mask
 */
export function shownCustomerName(customer: Customer, viewer: Viewer, locale: Locale): string | undefined {
  const { value } = project(customer, recordRulesFor('customer', customer, nameRules), viewer, { ownerId: customer.salespersonId });
  const name = value.name as { zh?: string; en?: string } | undefined;
  return locale === 'en' ? (name?.en ?? name?.zh) : (name?.zh ?? name?.en);
}
