import { recordFieldRules, type FieldRule, type RecordKind } from '@dossier/core';

// Whether a rule path covers a concrete path segment by segment (`*` matches any one segment).
const covers = (rule: readonly string[], path: readonly string[]) => rule.length <= path.length && rule.every((segment, i) => segment === '*' || segment === path[i]);

/**
 * The rule every element masks a field of a record by: core's rules for the record's OWN kind
 * (a company's name and phone are public and internal, a person's confidential), the same rules
 * the privacy store redacts with. A path inside a field (a fact's value) takes the field's rule;
 * a path no rule covers counts as secret, level 3. One decision for the card, the history and
 * every other element, so the same viewer sees a field the same way everywhere.
 *
 * @example
 * fieldRuleOf('customer', { kind: 'organisation' }, 'phone') // { path: 'phone', sensitivity: 'internal', level: 1, mask: 'phone' }
 */
export function fieldRuleOf(kind: RecordKind, record: unknown, path: string): FieldRule {
  const segments = path.split('.');
  let best: FieldRule | undefined;
  for (const rule of recordFieldRules(kind, record)) {
    const ruleSegments = rule.path.split('.');
    if (!covers(ruleSegments, segments)) continue;
    if (ruleSegments.length === segments.length) return rule;
    if (!best || best.path.split('.').length < ruleSegments.length) best = rule;
  }
  return best ?? { path, sensitivity: 'secret', level: 3 };
}

/**
 * The fields an element lists, each with the rule {@link fieldRuleOf} gives for this record: the
 * element only chooses WHICH fields it shows, never how sensitive they are or how they mask.
 *
 * @example
 * project(customer, recordRulesFor('customer', customer, cardCustomerRules), viewer, context)
 */
export function recordRulesFor(kind: RecordKind, record: unknown, listed: readonly FieldRule[]): FieldRule[] {
  return listed.map((rule) => ({ ...fieldRuleOf(kind, record, rule.path), path: rule.path }));
}
