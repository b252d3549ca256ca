/**
 * Two grading runs of the seeded story archive for the migration's stories, with three of the
 * earlier A customers made lost (their sales in the later window removed, one left with a
 * return), and the archive's reps as the people directory. Stories only.
 */
import { computeCustomerFigures, createGradingRun, gradeCustomers, type GradingRun, type Person } from '@dossier/core';
import { storyArchive, storyAsOf, storyLines } from '../charts/story-data.js';

const earlierAsOf = '2025-07-01';

function run(id: string, asOf: string, lines: ReturnType<typeof storyLines>): GradingRun {
  const ids = storyArchive().customers.map((c) => c.id);
  const figures = computeCustomerFigures(lines, { asOf, customerIds: ids });
  return createGradingRun(gradeCustomers(figures, { method: 'abc-share' }), figures, { id, ranBy: 'system', ranAt: `${asOf}T09:00:00Z` });
}

let runs: { fromRun: GradingRun; toRun: GradingRun } | undefined;

/** The runs of 2025-07-01 and 2026-01-01. */
export function storyRuns(): { fromRun: GradingRun; toRun: GradingRun } {
  if (runs) return runs;
  const lines = storyLines();
  const fromRun = run('run-2025-07', earlierAsOf, lines);
  const lost = fromRun.customers.filter((c) => c.grade === 'A').slice(0, 3).map((c) => c.customerId);
  const later = lines.filter((l) => !(lost.includes(l.customerId) && l.date >= earlierAsOf));
  later.push({ ...lines.find((l) => l.customerId === lost[0])!, date: '2025-10-12', amount: -1200, orderId: 'story-return' });
  runs = { fromRun, toRun: run('run-2026-01', storyAsOf, later) };
  return runs;
}

/** The reps of the story archive as a people directory. */
export function storyPeople(): Person[] {
  return [...storyArchive().reps.map((r) => ({ id: r.id, name: r.name.zh, nameEn: r.name.en })), { id: 'story-manager', name: '李经理', nameEn: 'Manager Li' }];
}

/** Owner of each story customer. */
export function storyOwners(): Record<string, string> {
  return Object.fromEntries(storyArchive().customers.map((c) => [c.id, (c as { salespersonId?: string }).salespersonId ?? '']));
}
