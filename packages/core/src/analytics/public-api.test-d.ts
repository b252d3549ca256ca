// Type tests of @dossier/core/analytics (see ../public-api.test-d.ts): they run nothing.
import { describe, expectTypeOf, it } from 'vitest';
import { metricLabel, pareto, type AnalyticsBook, type AnalyticsMetric, type ParetoResult } from './index.js';

describe('@dossier/core/analytics', () => {
  it('pareto(book) is a ParetoResult counting customers', () => {
    const book = {} as AnalyticsBook;
    expectTypeOf(pareto(book)).toEqualTypeOf<ParetoResult>();
    expectTypeOf(pareto(book).customers).toEqualTypeOf<number>();
  });

  it('metric labels take only the metrics the reports know', () => {
    expectTypeOf(metricLabel).parameter(1).toEqualTypeOf<AnalyticsMetric>();
    expectTypeOf(metricLabel).returns.toEqualTypeOf<string>();
    // @ts-expect-error not a metric
    metricLabel('zh-CN', 'profit-ish');
  });
});
