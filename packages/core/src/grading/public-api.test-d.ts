// Type tests of @dossier/core/grading (see ../public-api.test-d.ts): they run nothing.
import { describe, expectTypeOf, it } from 'vitest';
import type { CustomerFigures, Locale } from '../index.js';
import { explainGrade, gradeCustomers, type AbcGrading, type GradeExplanation, type GradingResult, type RfmGrading } from './index.js';

describe('@dossier/core/grading', () => {
  it('gradeCustomers infers the result of the method named by the policy', () => {
    const figures = {} as CustomerFigures;
    expectTypeOf(gradeCustomers(figures, { method: 'abc-share' })).toEqualTypeOf<AbcGrading>();
    expectTypeOf(gradeCustomers(figures, { method: 'rfm' })).toEqualTypeOf<RfmGrading>();
    expectTypeOf(gradeCustomers(figures, { method: 'abc-share' }).toRows({ locale: 'zh-CN' })[0]).not.toBeAny();
    expectTypeOf<AbcGrading>().toExtend<GradingResult>();
    // @ts-expect-error no such grading method
    gradeCustomers(figures, { method: 'abc-revenue' });
  });

  it('an explanation reads as text in a locale', () => {
    expectTypeOf(explainGrade).parameter(0).toEqualTypeOf<GradeExplanation>();
    expectTypeOf(explainGrade).parameter(1).toEqualTypeOf<Locale>();
    expectTypeOf(explainGrade).returns.toEqualTypeOf<string>();
  });
});
