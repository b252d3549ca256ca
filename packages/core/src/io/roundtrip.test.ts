import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordCodecs } from '../schema/codecs.js';
import { contactArb, customerArb, transactionArb } from '../schema/arbitraries.js';
import type { RecordKind } from '../schema/stored-record.js';
import { exportRecords } from './export-rows.js';
import { importRows, type StoredJson } from './import-rows.js';
import { suggestMapping } from './mapping.js';
import { parseCsv } from './read-csv.js';
import { writeCsv } from './write-csv.js';
import { readXlsx, writeXlsx } from './xlsx.js';

const now = '2030-01-01T00:00:00.000Z';

function distinctById<T extends { id: string }>(records: T[]): T[] {
  return [...new Map(records.map((r) => [r.id, r])).values()];
}

function throughCsv(kind: RecordKind, stored: StoredJson[], locale: 'en' | 'zh-CN') {
  const { rows } = exportRecords(kind, stored, { locale });
  const table = parseCsv(writeCsv(rows), { locale });
  // No saved mapping: the headers alone must be read back as the same fields.
  return importRows(table, { ...suggestMapping(kind, table.headers), key: ['id'] }, { now, locale });
}

describe('export → import is the identity', () => {
  for (const [kind, arb] of [
    ['customer', customerArb],
    ['contact', contactArb],
    ['transaction', transactionArb],
  ] as const) {
    it(`for every field of random ${kind} records, through CSV in both locales`, () => {
      fc.assert(
        fc.property(fc.array(arb as fc.Arbitrary<{ id: string }>, { minLength: 1, maxLength: 4 }), fc.constantFrom('en', 'zh-CN' as const), (records, locale) => {
          const stored = distinctById(records).map((r) => recordCodecs[kind].encode(r as never) as StoredJson);
          const result = throughCsv(kind, stored, locale);
          expect(result.issues).toEqual([]);
          expect(result.records.map((r) => r.record)).toEqual(stored);
        }),
        { numRuns: kind === 'customer' ? 40 : 25 },
      );
    });
  }

  it('through .xlsx, numbers staying numbers', async () => {
    const stored = distinctById(fc.sample(customerArb, { numRuns: 12, seed: 7 })).map((c) => recordCodecs.customer.encode(c) as StoredJson);
    const { rows } = exportRecords('customer', stored, { locale: 'zh-CN' });
    const table = await readXlsx(await writeXlsx(rows, { sheetName: '客户一览表' }), { locale: 'zh-CN' });
    const result = importRows(table, { ...suggestMapping('customer', table.headers), key: ['id'] }, { now, locale: 'zh-CN' });
    expect(result.issues).toEqual([]);
    expect(result.records.map((r) => r.record)).toEqual(stored);
  });
});

describe('formula injection', () => {
  it('neutralises cells that start with = + - @ on export and restores them on import', async () => {
    const base = recordCodecs.customer.encode(fc.sample(customerArb, { numRuns: 1, seed: 3 })[0]!) as StoredJson;
    const risky = ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)'];
    const stored = risky.map((notes, i) => ({ ...base, id: `R-${i}`, notes }));
    const { rows } = exportRecords('customer', stored, { locale: 'en' });
    const notesColumn = rows[0]!.findIndex((h) => h === 'Notes');
    const csv = writeCsv(rows);
    for (const row of parseCsv(csv).rows) expect(row.cells[notesColumn]).toMatch(/^'[=+\-@]/);
    for (const text of risky) expect(csv).not.toMatch(new RegExp(`(^|,)${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'));
    const table = await readXlsx(await writeXlsx(rows));
    const result = importRows(table, { ...suggestMapping('customer', table.headers), key: ['id'] }, { now });
    expect(result.records.map((r) => r.record.notes)).toEqual(risky);
  });
});
