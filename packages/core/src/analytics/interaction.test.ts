import { describe, expect, it } from 'vitest';
import { toInteractionEntry } from './interaction.js';

describe('toInteractionEntry', () => {
  it('takes the calendar date in the given time zone', () => {
    // 2025-02-28T23:30Z is 07:30 on 1 March in Shanghai (UTC+8), still 28 February in UTC
    const record = { customerId: 'C-1', by: 'rep-7', at: new Date('2025-02-28T23:30:00Z'), kind: 'visit' as const, cost: 300 };
    expect(toInteractionEntry(record, { timeZone: 'Asia/Shanghai' })).toEqual({ customerId: 'C-1', rep: 'rep-7', date: '2025-03-01', kind: 'visit', cost: 300 });
    expect(toInteractionEntry(record, { timeZone: 'UTC', durationMinutes: 45 }).date).toBe('2025-02-28');
    expect(toInteractionEntry({ ...record, cost: undefined }, { timeZone: 'UTC', durationMinutes: 45 })).toEqual({
      customerId: 'C-1',
      rep: 'rep-7',
      date: '2025-02-28',
      kind: 'visit',
      durationMinutes: 45,
    });
  });
});
