import * as z from 'zod/mini';
import {
  $constructor,
  type $ZodDiscriminatedUnionDef,
  type $ZodRecordDef,
  type $ZodTypeDiscriminable,
  type $ZodTypeInternals,
  type ParsePayload,
  type SomeType,
} from 'zod/v4/core';

// The two containers of the archive's schemas that zod writes for every case, narrowed to the
// case the archive has: a record keyed by non-empty strings (`facts`, `profiles`) and a union
// told apart by a literal tag (organisation | person). Each is a zod/mini schema like the one it
// stands for (same `def`, same traits, same methods), and parses like it: the same accepted
// values, output and issues (containers.test.ts compares them on the same inputs). Value and
// option schemas must be synchronous, as all of Dossier's are.

type Internals = $ZodTypeInternals & { parse: (payload: ParsePayload, ctx: { direction?: string }) => ParsePayload };
const internals = (schema: unknown) => (schema as { _zod: Internals })._zod;
// zod's `init` functions are assertion signatures, which TypeScript only calls through a declared type.
const init = (trait: { init: unknown }, inst: unknown, def: unknown) => (trait.init as (inst: unknown, def: unknown) => void)(inst, def);

const isObject = (value: unknown): value is Record<PropertyKey, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

// zod's util.isPlainObject: an object whose constructor, if any, is a plain class.
function isPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
  if (!isObject(value)) return false;
  const ctor = value.constructor as unknown;
  if (typeof ctor !== 'function') return true;
  const proto = (ctor as { prototype?: unknown }).prototype;
  return isObject(proto) && Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf');
}

const LeanRecord = $constructor('ZodMiniRecord', (inst: z.ZodMiniType, def: $ZodRecordDef) => {
  init(z.ZodMiniType, inst, def);
  const own = internals(inst);
  own.traits.add('$ZodRecord');
  const keys = def.keyType as unknown as z.ZodMiniType;
  own.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isPlainObject(input)) {
      payload.issues.push({ expected: 'record', code: 'invalid_type', input, inst } as never);
      return payload;
    }
    const out: Record<PropertyKey, unknown> = {};
    payload.value = out;
    for (const key of Reflect.ownKeys(input)) {
      if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(input, key)) continue;
      const checked = keys.safeParse(key, ctx as never);
      if (!checked.success) {
        payload.issues.push({ code: 'invalid_key', origin: 'record', issues: checked.error.issues, input: key, path: [key], inst } as never);
        continue;
      }
      const result = internals(def.valueType).run({ value: input[key], issues: [] }, ctx as never) as ParsePayload;
      for (const issue of result.issues) ((issue as { path?: PropertyKey[] }).path ??= []).unshift(key);
      payload.issues.push(...result.issues);
      out[key] = result.value;
    }
    return payload;
  };
});

const nonEmptyKey = z.string().check(z.minLength(1));

/**
 * `z.record(z.string().check(z.minLength(1)), values)`: an object of any non-empty string keys,
 * each value parsed by `values`.
 *
 * @example
 * textKeyed(z.unknown()).parse({ 'hotel-guest': { room: '1203' } })
 */
export function textKeyed<V extends SomeType>(values: V): z.ZodMiniRecord<typeof nonEmptyKey, V> {
  return new LeanRecord({ type: 'record', keyType: nonEmptyKey, valueType: values } as unknown as $ZodRecordDef) as unknown as z.ZodMiniRecord<typeof nonEmptyKey, V>;
}

const LeanTagged = $constructor('ZodMiniDiscriminatedUnion', (inst: z.ZodMiniType, def: $ZodDiscriminatedUnionDef) => {
  def.inclusive = false;
  init(z.ZodMiniUnion, inst, def);
  const own = internals(inst);
  own.traits.add('$ZodDiscriminatedUnion');
  const union = own.parse;
  let byTag: Map<unknown, SomeType> | undefined;
  own.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isObject(input)) {
      payload.issues.push({ code: 'invalid_type', expected: 'object', input, inst } as never);
      return payload;
    }
    byTag ??= new Map(def.options.map((option) => [[...(internals(option).propValues?.[def.discriminator] ?? [])][0], option]));
    const tag = input[def.discriminator];
    const option = byTag.get(tag);
    if (option) return internals(option).run(payload, ctx as never) as ParsePayload;
    // Encoding tries every option when the tag does not choose one (zod's rule for codecs).
    if (ctx.direction === 'backward') return union(payload, ctx);
    payload.issues.push({
      code: 'invalid_union',
      errors: [],
      note: 'No matching discriminator',
      discriminator: def.discriminator,
      options: [...byTag.keys()],
      input,
      path: [def.discriminator],
      inst,
    } as never);
    return payload;
  };
});

/**
 * `z.discriminatedUnion(tag, options)` for options whose tag is one literal each.
 *
 * @example
 * tagged('kind', [organisationSchema, personSchema])
 */
export function tagged<Options extends readonly [$ZodTypeDiscriminable, ...$ZodTypeDiscriminable[]], Tag extends string>(
  discriminator: Tag,
  options: Options,
): z.ZodMiniDiscriminatedUnion<Options, Tag> {
  return new LeanTagged({ type: 'union', options, discriminator } as unknown as $ZodDiscriminatedUnionDef) as unknown as z.ZodMiniDiscriminatedUnion<Options, Tag>;
}
