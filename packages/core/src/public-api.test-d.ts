// Type tests of @dossier/core's root (the README's snippets): checked by `pnpm typecheck` (tsc
// over src) and by `vitest --typecheck`; they run nothing. Each subpath has its own beside its
// index (schema/, grading/, analytics/, privacy/, io/, sample/).
import { describe, expectTypeOf, it } from 'vitest';
import type * as analytics from './analytics/index.js';
import type * as grading from './grading/index.js';
import * as root from './index.js';
import type * as io from './io/index.js';
import type * as privacy from './privacy/index.js';
import type * as schema from './schema/index.js';
import type { AbcGrade, Locale, LocalizedError } from './index.js';

/** A subpath's names as the root exports them (`never` for a name the root lacks). */
type InRoot<Slice> = { [K in keyof Slice]: K extends keyof typeof root ? (typeof root)[K] : never };

describe('@dossier/core root', () => {
  it('vocabularies are literal tuples and labels take only their values', () => {
    expectTypeOf(root.abcGrades).toEqualTypeOf<readonly ['A', 'B', 'C']>();
    expectTypeOf<AbcGrade>().toEqualTypeOf<'A' | 'B' | 'C'>();
    expectTypeOf(root.vocabularyLabel('zh-CN', 'abcGrades', 'A')).toEqualTypeOf<string>();
    // @ts-expect-error 'D' is not an ABC grade
    root.vocabularyLabel('zh-CN', 'abcGrades', 'D');
    expectTypeOf(root.vocabularyLabels.informationLevels.en[3]).toEqualTypeOf<string>();
  });

  it('one vocabulary’s own table takes only that vocabulary’s values', () => {
    expectTypeOf(root.labelIn(root.abcGradeLabels, 'en', 'C')).toEqualTypeOf<string>();
    expectTypeOf(root.labelIn(root.pointsTierLabels, 'zh-CN', 'D')).toEqualTypeOf<string>();
    expectTypeOf(root.labelIn(root.rfmSegmentLabels, 'en', 'cant-lose')).toEqualTypeOf<string>();
    // @ts-expect-error 'D' is a points tier, not an ABC grade
    root.labelIn(root.abcGradeLabels, 'en', 'D');
    expectTypeOf(root.labelIn(root.relationshipStageLabels, 'zh-CN', 'former')).toEqualTypeOf<string>();
    expectTypeOf(root.labelIn(root.informationLevelLabels, 'en', 3)).toEqualTypeOf<string>();
    // @ts-expect-error 4 is not an information level
    root.labelIn(root.informationLevelLabels, 'en', 4);
    // @ts-expect-error 'lost' is an RFM segment, not a relationship stage
    root.labelIn(root.relationshipStageLabels, 'en', 'lost');
  });

  it('locales are a closed union', () => {
    expectTypeOf(root.resolveLocale('zh_CN.UTF-8')).toEqualTypeOf<Locale>();
    expectTypeOf<Locale>().toEqualTypeOf<'en' | 'zh-CN'>();
    expectTypeOf(root.translate({ en: { hi: 'Hello {name}' }, 'zh-CN': { hi: '你好 {name}' } }, 'zh-CN', 'hi', { name: '张三' })).toEqualTypeOf<string>();
    // @ts-expect-error a key the catalogue does not have
    root.translate({ en: { hi: 'Hello' }, 'zh-CN': { hi: '你好' } }, 'en', 'bye');
  });

  it('every translated error is a LocalizedError with a code and messageIn', () => {
    expectTypeOf<LocalizedError<'x'>['code']>().toEqualTypeOf<'x'>();
    expectTypeOf<LocalizedError['messageIn']>().parameters.toEqualTypeOf<[Locale]>();
    expectTypeOf<InstanceType<typeof grading.GradingError>>().toExtend<LocalizedError>();
  });

  it('each subpath is a slice of the root: every name it exports, with the same type', () => {
    expectTypeOf<[typeof schema, typeof grading, typeof analytics, typeof privacy, typeof io]>().toEqualTypeOf<[InRoot<typeof schema>, InRoot<typeof grading>, InRoot<typeof analytics>, InRoot<typeof privacy>, InRoot<typeof io>]>();
    // The sample generator is kept out of the root (it needs @faker-js/faker).
    expectTypeOf(root).not.toHaveProperty('generateArchive');
  });
});
