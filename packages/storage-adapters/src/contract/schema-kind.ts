import type { z } from 'zod';
import type { JsonObject } from './json.js';
import type { KindDefinition, RecordIndex, StampContext } from './kinds.js';
import { defaultIndex } from './kinds.js';

/**
 * Builds a kind definition from a zod schema (with codecs for dates and the like): `decode`
 * is the schema's `safeDecode`, `encode` its `encode`, so JSON is validated and decoded with
 * core's schemas and codecs at the storage boundary.
 *
 * @example
 * const customers = kindFromSchema(customerSchema, { version: 2, migrate: migrateCustomer, initialsOf: pinyinInitials });
 * const store = createMemoryStore({ kinds: { customers } });
 */
export function kindFromSchema<S extends z.ZodType<{ id: string }>>(
  schema: S,
  options: {
    version?: number;
    migrate?: (json: JsonObject, fromVersion: number) => JsonObject;
    index?: (json: JsonObject) => RecordIndex;
    initialsOf?: (name: string) => string;
    stamp?: (json: JsonObject, context: StampContext) => JsonObject;
  } = {},
): KindDefinition<z.output<S>> {
  const { initialsOf } = options;
  const index = options.index ?? ((json: JsonObject) => defaultIndex(json, initialsOf ? { initialsOf } : {}));
  return {
    version: options.version ?? 1,
    decode(json) {
      const result = schema.safeDecode(json as z.input<S>);
      if (result.success) return { ok: true, value: result.data };
      return {
        ok: false,
        issues: result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
      };
    },
    encode: (value) => schema.encode(value) as unknown as JsonObject,
    ...(options.migrate ? { migrate: options.migrate } : {}),
    ...(options.stamp ? { stamp: options.stamp } : {}),
    index,
  };
}
