import { describe, expect, it } from 'vitest';
import { recordCodecs } from './codecs.js';
import { satisfactionFields } from './fields.js';
import { draftJson } from './new-record.js';
import { recordKinds, currentSchemaVersions } from './stored-record.js';
import { validateSatisfaction } from './validate.js';

const stored = {
  id: 'M-1',
  schemaVersion: 1,
  createdAt: '2025-12-15T02:00:00.000Z',
  updatedAt: '2025-12-15T02:00:00.000Z',
  customerId: 'C-1',
  score: 4,
  surveyedOn: '2025-12-15',
  by: 'rep-1',
  comment: '交货及时',
};

describe('satisfaction record kind', () => {
  it('is a record kind at schema version 1 and round-trips through its codec', () => {
    expect(recordKinds).toContain('satisfaction');
    expect(currentSchemaVersions.satisfaction).toBe(1);
    const result = validateSatisfaction(stored);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.createdAt).toEqual(new Date('2025-12-15T02:00:00.000Z'));
    expect(result.value.surveyedOn).toBe('2025-12-15');
    expect(recordCodecs.satisfaction.encode(result.value)).toEqual(stored);
  });

  it('labels score, date, customer, surveyor and comment in English and Chinese, the comment confidential', () => {
    const entry = (path: string) => satisfactionFields.find((f) => f.path === path);
    expect(entry('score')?.label).toEqual({ en: 'Satisfaction score (1–5)', 'zh-CN': '满意度评分（1–5）' });
    expect(entry('surveyedOn')?.label).toEqual({ en: 'Surveyed on', 'zh-CN': '调查日期' });
    expect(entry('customerId')?.label).toEqual({ en: 'Customer', 'zh-CN': '客户' });
    expect(entry('by')?.label).toEqual({ en: 'Surveyed by', 'zh-CN': '调查人' });
    expect(entry('comment')?.label).toEqual({ en: "Customer's comment", 'zh-CN': '客户意见' });
    expect(entry('comment')?.sensitivity).toBe('confidential');
    expect(entry('score')?.sensitivity).toBe('internal');
  });

  it('refuses a score outside 1–5 or not whole, and a missing date, naming the field in both locales', () => {
    for (const score of [0, 6, 3.5]) {
      const en = validateSatisfaction({ ...stored, score }, { locale: 'en' });
      expect(en.ok, String(score)).toBe(false);
      if (!en.ok) expect(en.issues.map((i) => [i.path, i.field])).toEqual([['score', 'Satisfaction score (1–5)']]);
    }
    const { surveyedOn: _, ...undated } = stored;
    const zh = validateSatisfaction(undated, { locale: 'zh-CN' });
    if (zh.ok) throw new Error('expected an issue');
    expect(zh.issues.map((i) => [i.path, i.field])).toEqual([['surveyedOn', '调查日期']]);
  });

  it('says in words of the field what is wrong with a score out of range or not whole, never zod’s wording', () => {
    const message = (score: number, locale: 'en' | 'zh-CN') => {
      const result = validateSatisfaction({ ...stored, score }, { locale });
      return result.ok ? undefined : result.issues.map((i) => i.message);
    };
    expect(message(0, 'zh-CN')).toEqual(['满意度评分（1–5）太短或太小，请检查']);
    expect(message(0, 'en')).toEqual(['Satisfaction score (1–5) is too short or too small: please check it']);
    expect(message(6, 'zh-CN')).toEqual(['满意度评分（1–5）太长或太大，请缩短']);
    expect(message(3.5, 'zh-CN')).toEqual(['满意度评分（1–5）的格式不对，请检查后重填']);
    expect(message(3.5, 'en')).toEqual(['Satisfaction score (1–5) is not in a form Dossier can read: please check it']);
  });

  it('a draft needs no bookkeeping fields', () => {
    expect(draftJson('satisfaction', { id: 'M-2', customerId: 'C-2', score: 5, surveyedOn: '2026-01-03', by: 'rep-2' })).toMatchObject({ schemaVersion: 1, score: 5 });
  });
});
