import { describe, expect, it } from 'vitest';
import { isStoreError } from '../contract/index.js';
import { runAuditLogConformance } from '../testing/index.js';
import { createMemoryAuditLog } from './audit-log.js';
import { auditEntryToAppend } from './audit-log-entry.js';

// The reference log; nothing persists, so the reopen case does not run.
runAuditLogConformance('memory', {
  describe,
  it,
  create: async () => ({ log: createMemoryAuditLog(), cleanup: async () => {} }),
});

describe('auditEntryToAppend', () => {
  const good = { at: '2026-01-01T08:00:00.000Z', userId: 'u', action: 'read', kind: 'customer', recordId: 'C-1' } as const;

  it('keeps only the members of an entry, without seq or undefined ones', () => {
    const messy = { ...good, seq: 99, roleId: undefined, extra: 'dropped', fields: ['a'] } as never;
    expect(auditEntryToAppend(messy)).toEqual({ ...good, fields: ['a'] });
    expect(Object.keys(auditEntryToAppend(messy))).not.toContain('roleId');
  });

  it('refuses a non-entry with an invalid StoreError naming the field and the record, in both locales', () => {
    const error = (() => {
      try {
        auditEntryToAppend({ ...good, at: 'yesterday' });
      } catch (e) {
        return e;
      }
    })();
    expect(isStoreError(error, 'invalid')).toBe(true);
    expect(error).toMatchObject({ path: 'at', id: 'C-1' });
    expect((error as Error).message).toMatch(/"yesterday".*toISOString/);
    expect((error as { localized(l: 'zh-CN'): string }).localized('zh-CN')).toMatch(/审计条目无效/);
    expect(() => auditEntryToAppend(null as never)).toThrow(/at/);
  });
});

describe('audit reasons', () => {
  it('never keep a mobile, an ID number or an e-mail, whichever log and whoever appends', async () => {
    const audit = createMemoryAuditLog();
    const entry = await audit.append({ at: '2026-03-01T09:05:00.000Z', userId: 'm1', action: 'reveal', kind: 'customer', recordId: 'C-1', reason: '回拨 13812341234，核对 11010519491231002X，发 wf@example.com' });
    expect(entry.reason).toBe('回拨 ***，核对 ***，发 ***');
  });
});
