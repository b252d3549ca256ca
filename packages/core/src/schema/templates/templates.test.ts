import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { customerArb, retailMembershipArb } from '../arbitraries.js';
import { customerSchema } from '../customer.js';
import { localizedText } from '../field-meta.js';
import { optionalText } from '../field-builders.js';
import { SchemaError } from '../schema-error.js';
import { beautySalonTemplate } from './beauty-salon.js';
import { builtInProfileTemplates } from './built-in.js';
import { hotelGuestTemplate } from './hotel-guest.js';
import { insuranceClientTemplate } from './insurance-client.js';
import { defineProfileTemplate, profileTemplateFields } from './profile-template.js';
import { retailMembershipTemplate } from './retail-membership.js';
import { createTemplateRegistry, profileIssues } from './template-registry.js';

const wineClub = defineProfileTemplate({
  id: 'wine-club',
  label: localizedText('Wine club', '品酒会'),
  sensitivity: 'internal',
  level: 2,
  schema: z.object({ favourite: optionalText('Favourite wine', '最爱的酒'), cellar: optionalText('Cellar', '酒窖', { sensitivity: 'secret' }) }),
});

describe('profile templates', () => {
  it('ship the four trades with valid forms filled in', () => {
    expect(beautySalonTemplate.schema.safeParse({
      cardNumber: 'B-001', skinType: 'combination', texture: 'slightly-rough', elasticity: 'good',
      problems: ['acne', 'spots'], problemAreas: ['forehead', 'cheeks'], skincare: ['防晒霜'], cleansingPerDay: 2,
      makeup: ['唇膏'], diet: ['辛辣食物'], foodAllergies: '海鲜', contactLenses: true, carePlan: '每周一次补水护理',
    }).success).toBe(true);
    expect(hotelGuestTemplate.schema.safeParse({
      guestClass: 'A', surname: '王', formOfAddress: '王总', birthday: '03-28', favouriteDishes: ['清蒸鲈鱼'],
      favouriteDrinks: ['茅台'], specialPreferences: '靠窗包间', collectedBy: ['host', 'waiter'],
    }).success).toBe(true);
    expect(insuranceClientTemplate.schema.safeParse({
      familyMembers: [{ relation: '配偶', age: 38 }, { relation: '儿子', name: '小明', age: 8 }], investableAssets: 3_000_000,
      annualIncome: 800_000, annualExpenses: 300_000, wealthSource: '企业经营', riskAppetite: 'balanced', moneySensitivity: 'high',
      concerns: ['children-education', 'retirement'], referrals: ['李女士'],
    }).success).toBe(true);
    expect(retailMembershipTemplate.schema.safeParse({
      memberNumber: 'M-88', level: 'vip', storedValue: 1200, points: 4200, pointsThisYear: 3100, pointsPerYuan: 1, pointsTier: 'B', pointsReset: 'yearly',
    }).success).toBe(true);
    // An untouched form is valid.
    for (const template of builtInProfileTemplates) expect(template.schema.safeParse({}).success, template.id).toBe(true);
  });

  it('reject values outside their lists and ranges', () => {
    expect(beautySalonTemplate.schema.safeParse({ skinType: 'leathery' }).success).toBe(false);
    expect(hotelGuestTemplate.schema.safeParse({ birthday: '02-30x' }).success).toBe(false);
    expect(insuranceClientTemplate.schema.safeParse({ riskAppetite: 'yolo' }).success).toBe(false);
    expect(retailMembershipTemplate.schema.safeParse({ points: 1.5 }).success).toBe(false);
  });

  it("report zod's own issues for their formats and bounds", () => {
    const issues = (schema: z.ZodMiniType, value: unknown) => schema.safeParse(value, { error: z.locales.en().localeError }).error?.issues;
    expect(issues(retailMembershipTemplate.schema, { points: 1.5, pointsThisYear: -1, pointsPerYuan: 0 })).toEqual([
      { path: ['points'], code: 'invalid_type', expected: 'int', format: 'safeint', message: 'Invalid input: expected int, received number' },
      { path: ['pointsThisYear'], code: 'too_small', origin: 'number', minimum: 0, inclusive: true, message: 'Too small: expected number to be >=0' },
      { path: ['pointsPerYuan'], code: 'too_small', origin: 'number', minimum: 0, inclusive: false, message: 'Too small: expected number to be >0' },
    ]);
    expect(issues(retailMembershipTemplate.schema, { points: 0, pointsThisYear: 2 ** 53, pointsPerYuan: 0.01 })).toEqual([
      {
        path: ['pointsThisYear'], code: 'too_big', origin: 'int', maximum: Number.MAX_SAFE_INTEGER, inclusive: true,
        note: 'Integers must be within the safe integer range.', message: 'Too big: expected int to be <=9007199254740991',
      },
    ]);
    expect(issues(hotelGuestTemplate.schema, { birthday: '13-01' })).toEqual([
      {
        path: ['birthday'], code: 'invalid_format', format: 'regex', origin: 'string', pattern: String.raw`/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/`,
        message: String.raw`Invalid string: must match pattern /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/`,
      },
    ]);
    expect(issues(hotelGuestTemplate.schema, { birthday: '02-29' })).toBeUndefined();
  });

  it('label every field in both locales and carry sensitivity and level', () => {
    for (const template of builtInProfileTemplates) {
      for (const entry of profileTemplateFields(template)) {
        expect(entry.path.startsWith(`profiles.${template.id}.`)).toBe(true);
        expect(entry.label.en).not.toBe(entry.path);
        expect(entry.label['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    const fields = profileTemplateFields(beautySalonTemplate);
    expect(fields.find((f) => f.path === 'profiles.beauty-salon.skinType')).toMatchObject({
      sensitivity: 'confidential', level: 2, kind: 'enum', label: { en: 'Skin type', 'zh-CN': '皮肤类型' },
    });
    expect(fields.find((f) => f.path === 'profiles.beauty-salon.skinType')?.choices?.combination).toEqual({ en: 'Combination', 'zh-CN': '混合性皮肤' });
    expect(fields.find((f) => f.path === 'profiles.beauty-salon.medicalHistory')).toMatchObject({ sensitivity: 'secret', level: 3 });
  });
});

describe('createTemplateRegistry', () => {
  it('keeps each registry separate (no global state)', () => {
    const a = createTemplateRegistry();
    const b = createTemplateRegistry();
    a.register(wineClub);
    expect(a.get('wine-club')).toBe(wineClub);
    expect(b.get('wine-club')).toBeUndefined();
    expect(b.list()).toEqual([]);
  });

  it('refuses a second template with the same id, with a translated error', () => {
    const registry = createTemplateRegistry([wineClub]);
    let error: unknown;
    try {
      registry.register(wineClub);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SchemaError);
    expect((error as SchemaError).code).toBe('duplicateProfileTemplate');
    expect((error as SchemaError).messageIn('zh-CN')).toBe('行业档案模板“wine-club”已注册');
  });

  it("validates an embedder's template like built-in fields, through the registry's customer schema", () => {
    const registry = createTemplateRegistry([...builtInProfileTemplates, wineClub]);
    const schema = registry.customerSchema();
    const customer = fc.sample(customerArb, { seed: 11, numRuns: 1 })[0]!;
    expect(schema.safeParse({ ...customer, profiles: { 'wine-club': { favourite: '波尔多' } } }).success).toBe(true);
    const bad = schema.safeParse({ ...customer, profiles: { 'wine-club': { favourite: '' } } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path)).toEqual([['profiles', 'wine-club', 'favourite']]);
    expect(registry.fields().find((f) => f.path === 'profiles.wine-club.cellar')).toMatchObject({ sensitivity: 'secret', level: 2 });
  });

  it('reports the profiles\' issues as z.superRefine with ctx.addIssue did (input, message, later checks)', () => {
    const registry = createTemplateRegistry([...builtInProfileTemplates, wineClub]);
    const byZod = customerSchema.check(
      z.superRefine((customer, ctx) => {
        for (const issue of profileIssues(registry, customer)) ctx.addIssue(issue);
      }),
    );
    const later = z.refine(() => false, { error: 'later check' });
    const profiles = fc.dictionary(
      fc.constantFrom('retail-membership', 'hotel-guest', 'beauty-salon', 'wine-club', 'wine-cellar', 'insurance-client'),
      fc.oneof(retailMembershipArb, fc.record({ points: fc.oneof(fc.integer({ min: -2, max: 2 }), fc.double()), birthday: fc.string(), favourite: fc.constant('') }, { requiredKeys: [] }), fc.anything()),
    );
    const outcome = (schema: z.ZodMiniType, input: unknown, reportInput: boolean) => {
      const result = schema.safeParse(input, { reportInput });
      return result.success ? { data: result.data as unknown } : { issues: JSON.stringify(result.error.issues) };
    };
    const localeError = z.config().localeError;
    try {
      fc.assert(
        fc.property(customerArb, profiles, fc.boolean(), (customer, profiles, reportInput) => {
          const input = { ...customer, profiles };
          for (const locale of [undefined, z.locales.en(), z.locales.zhCN()]) {
            z.config({ localeError: locale?.localeError });
            expect(outcome(registry.customerSchema(), input, reportInput)).toEqual(outcome(byZod, input, reportInput));
            expect(outcome(registry.customerSchema().check(later), input, reportInput)).toEqual(outcome(byZod.check(later), input, reportInput));
          }
        }),
        { numRuns: 150 },
      );
    } finally {
      z.config({ localeError });
    }
  });
});
