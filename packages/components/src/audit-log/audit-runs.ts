import { gradingMethodLabels, gradingMethods, labelIn, type AuditEntry, type GradingMethod, type GradingRun, type Locale, type Viewer } from '@dossier/core';
import type { Store } from '@dossier/storage-adapters';
import { formatDate } from '../shared/format.js';
import type { AuditLogMessage } from './messages.js';

type T = (key: AuditLogMessage, params?: Record<string, string | number>) => string;

/** What the audit log names a grading run by: its as-of date and its method. */
export type RunSummary = Pick<GradingRun, 'asOf' | 'method'>;

/** The ids of the grading runs the entries name, sorted (a loader's dependency). */
export function runIds(entries: readonly AuditEntry[]): string {
  return [...new Set(entries.filter((entry) => entry.kind === 'grading-run').map((entry) => entry.recordId))].sort().join('\n');
}

/**
 * The grading runs of these ids as the viewer reads them from the store, by id; a run that
 * cannot be read (gone, refused, a store without runs) is left out: the log then names the kind
 * only. Reading a run is not a confidential read, so this adds nothing to the log.
 */
export async function readRuns(store: Store, ids: string, viewer: Viewer): Promise<ReadonlyMap<string, RunSummary>> {
  const runs = new Map<string, RunSummary>();
  await Promise.all(
    ids
      .split('\n')
      .filter(Boolean)
      .map(async (id) => {
        const record = await store.get('grading-run', id, { viewer }).catch(() => undefined);
        const run = record?.value as Partial<GradingRun> | undefined;
        if (typeof run?.asOf === 'string' && typeof run.method === 'string') runs.set(id, { asOf: run.asOf, method: run.method });
      }),
  );
  return runs;
}

/** A grading run as a manager reads it: "评级（截至 2026年11月30日，按销售额占比 ABC 分类）". */
export function runName(t: T, run: RunSummary, locale: Locale): string {
  const known = (gradingMethods as readonly string[]).includes(run.method);
  const method = known ? labelIn(gradingMethodLabels, locale, run.method as GradingMethod) : run.method;
  return t('runName', { date: formatDate(locale, run.asOf), method });
}
