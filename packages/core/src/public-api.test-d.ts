// Type tests of @dossier/core's public API (the README's snippets): checked by `pnpm typecheck`
// (tsc over src) and by `vitest --typecheck`. They run nothing.
import { describe, expectTypeOf, it } from 'vitest';
import {
  abcGrades,
  gradeCustomers,
  type LocalizedError,
  resolveLocale,
  translate,
  validateCustomer,
  vocabularyLabel,
  type AbcGrade,
  type AbcGrading,
  type Customer,
  type CustomerFigures,
  type GradingResult,
  type Locale,
  type RfmGrading,
  type ValidationIssue,
} from './index.js';

describe('@dossier/core public API', () => {
  it('vocabularies are literal tuples and labels take only their values', () => {
    expectTypeOf(abcGrades).toEqualTypeOf<readonly ['A', 'B', 'C']>();
    expectTypeOf<AbcGrade>().toEqualTypeOf<'A' | 'B' | 'C'>();
    expectTypeOf(vocabularyLabel('zh-CN', 'abcGrades', 'A')).toEqualTypeOf<string>();
    // @ts-expect-error 'D' is not an ABC grade
    vocabularyLabel('zh-CN', 'abcGrades', 'D');
  });

  it('locales are a closed union', () => {
    expectTypeOf(resolveLocale('zh_CN.UTF-8')).toEqualTypeOf<Locale>();
    expectTypeOf<Locale>().toEqualTypeOf<'en' | 'zh-CN'>();
    expectTypeOf(translate({ en: { hi: 'Hello {name}' }, 'zh-CN': { hi: '你好 {name}' } }, 'zh-CN', 'hi', { name: '张三' })).toEqualTypeOf<string>();
    // @ts-expect-error a key the catalogue does not have
    translate({ en: { hi: 'Hello' }, 'zh-CN': { hi: '你好' } }, 'en', 'bye');
  });

  it('validation returns the record or issues, never throws', () => {
    const result = validateCustomer({} as unknown, { locale: 'zh-CN' });
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<Customer>();
    else expectTypeOf(result.issues).toEqualTypeOf<ValidationIssue[]>();
  });

  it('gradeCustomers infers the result of the method named by the policy', () => {
    const figures = {} as CustomerFigures;
    expectTypeOf(gradeCustomers(figures, { method: 'abc-share' })).toEqualTypeOf<AbcGrading>();
    expectTypeOf(gradeCustomers(figures, { method: 'rfm' })).toEqualTypeOf<RfmGrading>();
    expectTypeOf(gradeCustomers(figures, { method: 'abc-share' }).toRows({ locale: 'zh-CN' })[0]).not.toBeAny();
    expectTypeOf<AbcGrading>().toExtend<GradingResult>();
  });

  it('every translated error is a LocalizedError with a code and messageIn', () => {
    expectTypeOf<LocalizedError<'x'>['code']>().toEqualTypeOf<'x'>();
    expectTypeOf<LocalizedError['messageIn']>().parameters.toEqualTypeOf<[Locale]>();
  });
});
