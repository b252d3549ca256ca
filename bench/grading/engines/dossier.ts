// Dossier: core's own path from columns, as an application calls it.
import { abcGrades, computeCustomerFigures, defaultPolicy, gradeAbc, gradeRfm, rfmSegments } from '@dossier/core';
import type { TransactionColumns } from '@dossier/core';
import type { Grades } from '../shared.js';

const abcPolicy = defaultPolicy('abc-share');
const rfmPolicy = defaultPolicy('rfm');

/** Figures, ABC by revenue share and RFM with core's defaults (0.80 / 0.95, VIP 1 %, 5 bins). */
export function gradeDossier(book: TransactionColumns, asOf: string, windowDays: number) {
  const figures = computeCustomerFigures(book, { asOf, windowDays });
  const abc = gradeAbc(figures, abcPolicy);
  const rfm = gradeRfm(figures, rfmPolicy);
  return { figures, abc, rfm };
}

/** The result in the benchmark's comparable form (outside the timed part). */
export function dossierGrades(result: ReturnType<typeof gradeDossier>): Grades {
  const { figures, abc, rfm } = result;
  const n = figures.customerIds.length;
  const abcCode = new Uint8Array(n);
  for (let i = 0; i < n; i++) abcCode[i] = ['A', 'B', 'C'].indexOf(abcGrades[abc.grade[i]!]!);
  const segment = (i: number) => rfmSegments[rfm.grade[i]!]!;
  return { ids: figures.customerIds, abc: abcCode, vip: abc.vip, r: rfm.r, f: rfm.f, m: rfm.m, revenue: figures.revenue, segment };
}
