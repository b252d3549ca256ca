import { describe, expect, it } from 'vitest';
import { factSource, importProvenance, markVerified, type WithProvenance } from './facts.js';
import { provenanceSchema, type Provenance } from './provenance.js';

const at = new Date('2026-03-01T02:00:00.000Z');
const exhibition: Provenance = { channel: 'exhibition', verified: false, collectedAt: at, collectedBy: 'rep-7' };
const survey: Provenance = { channel: 'market-survey', verified: false, collectedAt: at, collectedBy: 'rep-3' };

describe('provenance helpers', () => {
  it("finds a fact's own source, else the record's (inherited), else none", () => {
    const record = { source: exhibition, facts: { 'credit.rating': survey } };
    expect(factSource(record, 'credit.rating')).toEqual({ path: 'credit.rating', provenance: survey, inherited: false });
    expect(factSource(record, 'mobile')).toEqual({ path: 'mobile', provenance: exhibition, inherited: true });
    expect(factSource(record)).toEqual({ path: undefined, provenance: exhibition, inherited: false });
    expect(factSource({}, 'mobile')).toBeUndefined();
  });

  it('marks one fact verified without vouching for the others or changing the record given', () => {
    const record: { id: string; source: Provenance; facts: Record<string, Provenance> } = { id: 'C-1', source: exhibition, facts: { 'credit.rating': survey } };
    const one = markVerified(record, 'mobile')!;
    // mobile inherited the record's source: it now has its own entry, verified; the source is not.
    expect(one.facts!['mobile']).toEqual({ ...exhibition, verified: true });
    expect(one.source!.verified).toBe(false);
    expect(one.facts!['credit.rating']!.verified).toBe(false);
    expect(markVerified(record)!.source).toEqual({ ...exhibition, verified: true });
    expect(record.source.verified).toBe(false);
    expect(markVerified<WithProvenance & { id: string }>({ id: 'C-2' }, 'mobile')).toBeUndefined();
  });

  it('stamps an import: channel import, unverified, by the importer, the file in the note; valid for the schema', () => {
    const stamped = importProvenance({ at, by: 'rep-7', file: ' 客户名单.xlsx ' });
    expect(stamped).toEqual({ channel: 'import', verified: false, collectedAt: at, collectedBy: 'rep-7', note: '客户名单.xlsx' });
    expect(provenanceSchema.safeParse(stamped).success).toBe(true);
    expect(importProvenance({ at, by: 'rep-7' })).not.toHaveProperty('note');
  });
});
