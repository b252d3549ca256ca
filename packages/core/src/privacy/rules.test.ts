import { describe, expect, it } from 'vitest';
import { sensitivityLevels } from '../enums/vocabularies.js';
import { customerFields, customerFieldsByKind, recordFields } from '../schema/fields.js';
import { recordKinds } from '../schema/stored-record.js';
import { redact } from './access.js';
import type { PrivacyError } from './audit.js';
import { revealField } from './reveal.js';
import { defaultRoles, type Viewer } from './roles.js';
import { fieldRulesOf, recordFieldRules, rulePathMatches } from './rules.js';

const manager: Viewer = { userId: 'mgr-1', role: defaultRoles['sales-manager'] };
const otherRep: Viewer = { userId: 'rep-2', role: defaultRoles['sales-rep'] };

describe('field rules from the schema metadata', () => {
  it('has one rule per catalogue field of every record kind, with its sensitivity and level', () => {
    for (const kind of recordKinds) {
      const rules = fieldRulesOf(recordFields[kind]);
      expect(rules).toHaveLength(recordFields[kind].length);
      rules.forEach((rule, i) => {
        expect(rule.sensitivity).toBe(recordFields[kind][i]!.sensitivity);
        expect(rule.level).toBe(recordFields[kind][i]!.level);
        expect(rule.path).not.toContain('[]');
      });
    }
    // every sensitivity occurs somewhere in the customer catalogue
    for (const level of sensitivityLevels) expect(fieldRulesOf(customerFields).some((r) => r.sensitivity === level), level).toBe(true);
  });

  it('masks by the kind of value', () => {
    const person = fieldRulesOf(customerFieldsByKind.person);
    expect(person.find((r) => r.path === 'idNumber')).toEqual({ path: 'idNumber', sensitivity: 'secret', level: 1, mask: 'id-number' });
    expect(person.find((r) => r.path === 'mobile')?.mask).toBe('mobile');
    expect(person.find((r) => r.path === 'addresses.*.street')?.mask).toBe('address');
    expect(fieldRulesOf(customerFieldsByKind.organisation).find((r) => r.path === 'uscc')).toMatchObject({ sensitivity: 'public', mask: 'credit-code' });
  });

  it('reads a company name as public and a person name as confidential', () => {
    const org = { kind: 'organisation', name: { zh: '杭州西子贸易有限公司' }, salespersonId: 'rep-1' };
    const person = { kind: 'person', name: { zh: '王芳' }, idNumber: '11010519491231002X', mobile: '13812341234', salespersonId: 'rep-1' };
    expect(redact(org, recordFieldRules('customer', org), otherRep, { ownerId: 'rep-1' }).record.name.zh).toBe('杭州西子贸易有限公司');
    const { record } = redact(person, recordFieldRules('customer', person), otherRep, { ownerId: 'rep-1' });
    expect(record).toEqual({ kind: 'person', name: { zh: '王*' }, mobile: '138****1234', salespersonId: 'rep-1' });
  });

  it('matches concrete paths to rule paths', () => {
    expect(rulePathMatches('addresses.*.street', 'addresses.3.street')).toBe(true);
    expect(rulePathMatches('addresses.*.street', 'addresses.3')).toBe(false);
  });
});

describe('reveal with reason', () => {
  const person = { id: 'C-1', kind: 'person', idNumber: '11010519491231002X', salespersonId: 'rep-1' };
  const rules = recordFieldRules('customer', person);
  const context = { kind: 'customer', recordId: 'C-1', customerId: 'C-1', ownerId: 'rep-1', now: '2025-06-01T08:00:00.000Z' };

  it('gives a manager the value and the audit entry: who, when, which field, why', () => {
    const { value, entry } = revealField(person, rules, manager, 'idNumber', ' 核对开票信息 ', context);
    expect(value).toBe('11010519491231002X');
    expect(entry).toEqual({
      at: '2025-06-01T08:00:00.000Z',
      userId: 'mgr-1',
      roleId: 'sales-manager',
      action: 'reveal',
      kind: 'customer',
      recordId: 'C-1',
      customerId: 'C-1',
      fields: ['idNumber'],
      reason: '核对开票信息',
    });
  });

  it('refuses another rep, an empty reason and an unknown field, in both locales', () => {
    const attempt = (viewer: Viewer, path: string, reason: string) => {
      try {
        revealField(person, rules, viewer, path, reason, { ...context, locale: 'zh-CN' });
      } catch (error) {
        return error as PrivacyError;
      }
      return undefined;
    };
    expect(attempt(otherRep, 'idNumber', '好奇')?.code).toBe('revealNotAllowed');
    expect(attempt(otherRep, 'idNumber', '好奇')?.message).toContain('无权查看');
    expect(attempt(manager, 'idNumber', '')?.code).toBe('reasonRequired');
    expect(attempt(manager, 'idNumber', '')?.messageIn('en')).toContain('needs a reason');
    expect(attempt(manager, 'nothing', 'x')?.code).toBe('unknownField');
  });
});
