import { addDays } from '@dossier/core';
import { dossierEvent } from '../shared/events.js';

/**
 * A period of calendar dates, as core's analytics take it (`{ period }`): `from` included, `to`
 * excluded, both ISO `YYYY-MM-DD`.
 */
export interface Period {
  readonly from: string;
  readonly to: string;
}

/** The periods the picker offers, relative to the reports' today. */
export const periodPresets = ['last12Months', 'thisYear', 'lastYear', 'thisQuarter', 'lastQuarter'] as const;

/** A preset period; `custom` is a period typed in. */
export type PeriodPreset = (typeof periodPresets)[number];

const pad = (n: number) => String(n).padStart(2, '0');
const start = (year: number, month: number) => `${year}-${pad(month)}-01`;

/**
 * A preset period seen from a day (`to` excluded, as core's `Period`): the calendar year or
 * quarter containing it or the one before, or the 365 days before it.
 *
 * @example
 * presetPeriod('lastQuarter', '2026-05-20') // { from: '2026-01-01', to: '2026-04-01' }
 * presetPeriod('last12Months', '2026-05-20') // { from: '2025-05-20', to: '2026-05-20' }
 */
export function presetPeriod(preset: PeriodPreset, today: string): Period {
  const year = Number(today.slice(0, 4));
  const quarterMonth = Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 1;
  const quarter = (y: number, m: number): Period => {
    const next = m + 3 > 12 ? start(y + 1, m + 3 - 12) : start(y, m + 3);
    return { from: start(y, m), to: next };
  };
  switch (preset) {
    case 'thisYear':
      return { from: start(year, 1), to: start(year + 1, 1) };
    case 'lastYear':
      return { from: start(year - 1, 1), to: start(year, 1) };
    case 'thisQuarter':
      return quarter(year, quarterMonth);
    case 'lastQuarter':
      return quarterMonth === 1 ? quarter(year - 1, 10) : quarter(year, quarterMonth - 3);
    case 'last12Months':
      return { from: addDays(today, -365), to: today };
  }
}

/**
 * The preset a period is, seen from a day, or `custom`.
 *
 * @example
 * presetOf({ from: '2026-01-01', to: '2027-01-01' }, '2026-05-20') // 'thisYear'
 */
export function presetOf(period: Period | undefined, today: string): PeriodPreset | 'custom' {
  if (!period) return 'custom';
  return periodPresets.find((p) => {
    const q = presetPeriod(p, today);
    return q.from === period.from && q.to === period.to;
  }) ?? 'custom';
}

/** What `dossier-period-change` says. */
export interface PeriodChangeDetail {
  /** The period chosen: `from` included, `to` excluded (core's `Period`, ready for `{ period }`). */
  readonly period: Period;
  /** The preset chosen, or `custom` for dates typed in. */
  readonly preset: PeriodPreset | 'custom';
}

/**
 * `dossier-period-change`: a person chose another period in a report's period picker. The report
 * computes nothing: the page recomputes the report's data for `detail.period` (core's analytics
 * take it as `{ period }`) and sets the report's data and `period`. Cancelable: cancelled, the
 * picker goes back to the report's `period`.
 *
 * @example
 * report.addEventListener('dossier-period-change', (e) => {
 *   report.efficiency = salesForceEfficiency(book, { period: e.detail.period, repOf });
 * });
 */
export class DossierPeriodChangeEvent extends dossierEvent<PeriodChangeDetail>()('dossier-period-change') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'dossier-period-change': DossierPeriodChangeEvent;
  }
}
