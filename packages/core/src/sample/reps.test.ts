import { describe, expect, it } from 'vitest';
import { personName } from '../people/person.js';
import { generateArchive } from './archive.js';
import { MAX_SAMPLE_REPS, samplePeople, sampleReps } from './reps.js';

describe('sampleReps / samplePeople', () => {
  it('makes the reps an archive of the seed has; the same people whatever its size', () => {
    const archive = generateArchive({ seed: 42, customers: 30, asOf: '2026-03-31' });
    // 30 customers: round(sqrt(30) * 1.2) = 7 reps
    expect(archive.reps).toHaveLength(7);
    expect(sampleReps({ seed: 42, count: 7 })).toEqual(archive.reps);
    // a bigger company starts with the same people in the same regions (names drawn before this
    // module existed); their phone numbers differ
    const all = sampleReps({ seed: 42 });
    const who = (r: { id: string; name: { zh: string }; region: string }) => [r.id, r.name.zh, r.region];
    expect(all).toHaveLength(MAX_SAMPLE_REPS);
    expect(all.slice(0, 7).map(who)).toEqual(archive.reps.map(who));
    expect(all.slice(0, 3).map((r) => [r.id, r.name.zh])).toEqual([
      ['R001', '宋梓妍'],
      ['R002', '牛熙瑶'],
      ['R003', '董梓妍'],
    ]);
  });

  it('is a directory that names every owner of a sample archive and the manager', () => {
    const people = samplePeople({ seed: 42 });
    const archive = generateArchive({ seed: 42, customers: 200, asOf: '2026-03-31' });
    for (const customer of archive.customers) expect(personName(people, customer.salespersonId, 'zh-CN')).not.toBe('未知人员');
    expect(personName(people, 'M001', 'en')).toBe('Manager Chen');
    expect(personName(people, 'R001', 'zh-CN')).toBe('宋梓妍');
    expect(people.find((p) => p.id === 'R001')).toMatchObject({ role: '销售代表', territory: archive.reps[0]!.region });
  });
});
