import * as z from 'zod/mini';
import { customerSchema, type Customer } from '../customer.js';
import type { FieldEntry } from '../field-catalog.js';
import { SchemaError } from '../schema-error.js';
import { profileTemplateFields, type ProfileTemplate } from './profile-template.js';

/**
 * The profile templates one embedder uses. A value, not a global: create one per application
 * (or per test) and pass it where customers are validated.
 */
export interface TemplateRegistry {
  /** Adds a template; throws a `SchemaError` (`duplicateProfileTemplate`) when its id is taken. Returns the registry. */
  register(template: ProfileTemplate): TemplateRegistry;
  get(id: string): ProfileTemplate | undefined;
  list(): readonly ProfileTemplate[];
  /** The field catalogue of every registered template, paths as in a customer (`profiles.<id>.<field>`). */
  fields(): FieldEntry[];
  /**
   * The customer schema with every profile checked against its template (unknown template ids,
   * wrong customer kind and invalid values are issues at `profiles.<id>…`).
   */
  customerSchema(): z.ZodMiniType<Customer, unknown>;
}

/**
 * Creates a registry of profile templates, optionally with some to start with.
 *
 * @example
 * const templates = createTemplateRegistry(builtInProfileTemplates);
 * templates.customerSchema().safeParse(json)
 */
export function createTemplateRegistry(initial: readonly ProfileTemplate[] = []): TemplateRegistry {
  const templates = new Map<string, ProfileTemplate>();
  let schema: z.ZodMiniType<Customer, unknown> | undefined;
  const registry: TemplateRegistry = {
    register(template) {
      if (templates.has(template.id)) throw new SchemaError('duplicateProfileTemplate', { id: template.id });
      templates.set(template.id, template);
      schema = undefined;
      return registry;
    },
    get: (id) => templates.get(id),
    list: () => [...templates.values()],
    fields: () => [...templates.values()].flatMap(profileTemplateFields),
    customerSchema() {
      // z.superRefine's addIssue, written out: each issue keeps its own input (else the
      // customer's) and lets the checks after it run.
      schema ??= customerSchema.check(
        z.check<Customer>((payload) => {
          for (const issue of profileIssues(registry, payload.value)) {
            payload.issues.push({ ...issue, input: 'input' in issue ? issue.input : payload.value, continue: true } as ProfileIssue);
          }
        }),
      ) as unknown as z.ZodMiniType<Customer, unknown>;
      return schema;
    },
  };
  for (const template of initial) registry.register(template);
  return registry;
}

/** An issue found in a customer's profiles, in zod's raw issue form (translated later). */
export type ProfileIssue = z.core.$ZodRawIssue & { path: PropertyKey[] };

/**
 * Checks every profile of a customer against the registry; `error` is the per-parse error map
 * (a zod locale) used for the template schemas' own issues.
 *
 * @example
 * profileIssues(templates, customer) // [] when every profile is valid
 */
export function profileIssues(
  registry: TemplateRegistry,
  customer: Pick<Customer, 'kind' | 'profiles'>,
  error?: z.core.$ZodErrorMap,
): ProfileIssue[] {
  const issues: ProfileIssue[] = [];
  for (const [id, value] of Object.entries(customer.profiles)) {
    const template = registry.get(id);
    if (!template) {
      issues.push(customIssue(['profiles', id], 'unknownProfileTemplate', { id }, value));
      continue;
    }
    if (template.appliesTo && !template.appliesTo.includes(customer.kind)) {
      issues.push(customIssue(['profiles', id], 'profileTemplateNotForKind', { id, kinds: template.appliesTo.join(', ') }, value));
    }
    const result = template.schema.safeParse(value, error ? { error } : undefined);
    if (!result.success) {
      for (const issue of result.error.issues) {
        issues.push({ ...issue, path: ['profiles', id, ...issue.path] } as ProfileIssue);
      }
    }
  }
  return issues;
}

function customIssue(path: PropertyKey[], messageKey: string, values: Record<string, string>, input: unknown): ProfileIssue {
  return { code: 'custom', path, input, message: new SchemaError(messageKey as never, values).message, params: { messageKey, values } };
}
