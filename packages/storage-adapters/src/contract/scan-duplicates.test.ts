import { describe, expect, it } from 'vitest';
import { generateArchive } from '@dossier/core/sample';
import type { Customer } from '@dossier/core';
import { createMemoryStore } from '../memory/index.js';
import type { DossierRecords } from './dossier-kinds.js';
import { dossierKinds } from './dossier-kinds.js';
import { scanDuplicates } from './scan-duplicates.js';

const archive = generateArchive({ seed: 11, customers: 12, asOf: '2026-01-01' });
const organisations = archive.customers.filter((c): c is Extract<Customer, { kind: 'organisation' }> => c.kind === 'organisation');

// Distinct sample companies given names, codes and phones that cannot meet by chance.
function company(index: number, id: string, name: string, extra: Record<string, unknown> = {}): Customer {
  const { uscc: _uscc, mobile: _mobile, phone: _phone, email: _email, ...base } = organisations[index]! as Record<string, unknown>;
  return { ...base, id, name: { zh: name }, ...extra } as unknown as Customer;
}

describe('scanDuplicates', () => {
  it('pages through the store and finds pairs by name, credit code and mobile, with reasons', async () => {
    const store = createMemoryStore<DossierRecords>({ kinds: dossierKinds(), actor: 'test' });
    const customers = [
      company(0, 'c1', '杭州西子贸易有限公司'),
      company(1, 'c2', '杭州西子贸易公司'),
      company(2, 'c3', '宁波甬江机械厂', { uscc: '914403001922038216' }),
      company(3, 'c4', '甬江机械（宁波）', { uscc: '914403001922038216' }),
      company(4, 'c5', '温州瓯海电器', { mobile: '13900001111' }),
      company(5, 'c6', '瑞安塘下汽配', { mobile: '139 0000 1111' }),
      company(6, 'c7', '嘉兴南湖纺织'),
    ];
    for (const customer of customers) expect((await store.put('customer', customer)).ok).toBe(true);
    const progress: number[] = [];
    const scan = await scanDuplicates(store, { pageSize: 3, onProgress: (n) => progress.push(n) });
    expect(scan.scanned).toBe(7);
    expect(progress).toEqual([3, 6, 7]);
    // Scores by hand from the reason weights: credit code 0.99, name 0.8, phone 0.7.
    expect(scan.pairs.map((p) => [p.a, p.b, p.reasons, Math.round(p.score * 100) / 100])).toEqual([
      ['c3', 'c4', ['credit-code'], 0.99],
      ['c1', 'c2', ['name'], 0.8],
      ['c5', 'c6', ['phone'], 0.7],
    ]);
    expect([...scan.names.keys()].sort()).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6']);
    expect(scan.names.get('c4')).toBe('甬江机械（宁波）');
  });

  it('reads nothing twice and finds nothing in an empty store', async () => {
    const store = createMemoryStore<DossierRecords>({ kinds: dossierKinds(), actor: 'test' });
    expect(await scanDuplicates(store)).toEqual({ scanned: 0, pairs: [], names: new Map() });
  });
});
