/**
 * Agenda data for stories and tests: core's hand-worked work archive (as of 2026-01-10, every
 * rule once; its expected items are worked out in core's agenda.test.ts) with real names, and
 * the sample archive. Not part of the package build.
 */
import { defaultRoles, type Viewer, type WorkArchive } from '@dossier/core';
import { asOf, workArchive } from '../../../core/src/work/testing-fixtures/archive.js';

/** The day of the hand-worked archive. */
export const agendaAsOf = asOf;

const names: Record<string, { zh: string; en: string }> = {
  'C-A': { zh: '杭州西湖精密机械有限公司', en: 'Hangzhou West Lake Precision Machinery Co., Ltd.' },
  'C-B': { zh: '宁波港湾贸易有限公司', en: 'Ningbo Harbour Trading Co., Ltd.' },
  'C-C': { zh: '苏州园区电子有限公司', en: 'Suzhou Park Electronics Co., Ltd.' },
  'C-F': { zh: '上海浦东老客户实业公司', en: 'Shanghai Pudong Industrial Co.' },
};

/** The hand-worked archive with names (C-A, C-B of rep R1; C-C of R2; C-F former). */
export function agendaArchive(): WorkArchive {
  const archive = workArchive();
  return { ...archive, customers: archive.customers.map((c) => ({ ...c, name: names[c.id] ?? c.name })) };
}

/** Rep R1 (王磊), the owner of C-A and C-B. */
export const agendaRep: Viewer = { userId: 'R1', role: defaultRoles['sales-rep'] };
/** A sales manager. */
export const agendaManager: Viewer = { userId: 'M1', role: defaultRoles['sales-manager'] };
/** Names of the reps by id. */
export const agendaNames: Readonly<Record<string, string>> = { R1: '王磊', R2: '李娜' };
