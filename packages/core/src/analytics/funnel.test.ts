import { describe, expect, it } from 'vitest';
import { AnalyticsError } from './errors.js';
import { describeFunnelReason, funnelEntry, leadFunnel, parseFunnelPolicy } from './funnel.js';

// Seed 000's example: the target industries of an education-software seller.
const policy = parseFunnelPolicy({ targetIndustries: ['教育软件', '教学硬件'] });
const leads = [
  { id: 'c1', industry: '教育软件', leadIntent: 'A' },
  { id: 'c2', industry: '教育软件', leadIntent: 'B' },
  { id: 'c3', industry: '教学硬件', leadIntent: 'D' },
  { id: 'c4', industry: '互联网', leadIntent: 'A' },
  { id: 'c5', industry: '教学硬件', grade: { current: 'A' } },
  { id: 'c6', industry: '教育软件', funnelStage: 'qualified' },
  { id: 'c7', industry: '教学硬件', leadIntent: 'C', grade: { current: 'B' } },
];

describe('lead funnel (无差别 → 合格 → 大客户)', () => {
  it('places each lead by the rules with its reasons', () => {
    expect(leads.map((l) => [l.id, funnelEntry(l, policy).stage, funnelEntry(l, policy).reasons])).toEqual([
      ['c1', 'key-account', ['target-industry', 'intent', 'key-intent']],
      ['c2', 'qualified', ['target-industry', 'intent']],
      ['c3', 'undifferentiated', ['target-industry', 'low-intent']],
      ['c4', 'undifferentiated', ['other-industry']],
      ['c5', 'key-account', ['target-industry', 'graded', 'key-grade']],
      ['c6', 'undifferentiated', ['target-industry', 'no-intent']],
      ['c7', 'qualified', ['target-industry', 'graded']],
    ]);
  });

  it('counts each stage, by intent, with the conversions, worked by hand', () => {
    const report = leadFunnel(leads, policy);
    expect(report.total).toBe(7);
    expect(report.stages).toEqual([
      { stage: 'undifferentiated', at: 3, reached: 7, byIntent: { A: 1, B: 0, C: 0, D: 1, none: 1 } },
      { stage: 'qualified', at: 2, reached: 4, byIntent: { A: 0, B: 1, C: 1, D: 0, none: 0 } },
      { stage: 'key-account', at: 2, reached: 2, byIntent: { A: 1, B: 0, C: 0, D: 0, none: 1 } },
    ]);
    expect(report.conversion).toEqual({ qualified: 4 / 7, keyAccount: 0.5 });
    // c6 was recorded qualified by hand, but has no intent class: to review.
    expect(report.differing.map((e) => [e.customerId, e.recordedStage, e.stage])).toEqual([['c6', 'qualified', 'undifferentiated']]);
    expect(leadFunnel([], policy).conversion).toEqual({ qualified: null, keyAccount: null });
  });

  it('without target industries every industry counts; a bad policy is refused naming the member', () => {
    expect(funnelEntry({ id: 'x', industry: '互联网', leadIntent: 'B' }).stage).toBe('qualified');
    expect(() => parseFunnelPolicy({ qualifiedIntents: ['A', 'E'] })).toThrow(AnalyticsError);
    expect(() => parseFunnelPolicy({ targetIndustries: '教育' })).toThrow(/targetIndustries/);
    expect(describeFunnelReason('zh-CN', 'low-intent')).toBe('意向等级过低');
    expect(describeFunnelReason('en', 'key-grade')).toBe('top grade');
  });
});
