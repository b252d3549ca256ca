import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/locale.js';
import { abcGradeLabels, labelIn, pointsTierLabels, rfmSegmentLabels, vocabularyLabels, vocabularyLabel, type LabelTable } from './labels.js';
import * as vocabularies from './vocabularies.js';
import * as tables from './label-tables.js';
import { contractRenewalLabels, relationshipStageLabels, serviceSeverityLabels, sourceChannelLabels, taskKindLabels } from './label-tables.js';

describe('vocabulary labels', () => {
  it('label every value of every vocabulary in every locale, with distinct labels', () => {
    for (const [name, byLocale] of Object.entries(vocabularyLabels)) {
      const values = (vocabularies as Record<string, readonly (string | number)[]>)[name];
      expect(values, name).toBeDefined();
      for (const locale of locales) {
        const table = byLocale[locale] as Record<string, string>;
        expect(Object.keys(table).sort(), `${name} ${locale}`).toEqual(values!.map(String).sort());
        expect(new Set(Object.values(table)).size, `${name} ${locale} distinct`).toBe(values!.length);
      }
    }
  });
  it('speaks the users’ words', () => {
    expect(vocabularyLabel('zh-CN', 'relationshipStages', 'former')).toBe('过去的客户');
    expect(vocabularyLabel('zh-CN', 'buyingRoles', 'gatekeeper')).toBe('守门人');
    expect(vocabularyLabel('en', 'informationLevels', 3)).toContain('Level 3');
  });
  it('finds a label by the value, wherever the value stands in its vocabulary', () => {
    expect(vocabularyLabel('en', 'sourceChannels', 'web-search')).toBe('Web search');
    expect(vocabularyLabel('en', 'sourceChannels', 'sales-rep')).toBe('Our salesperson');
    expect(vocabularyLabel('zh-CN', 'sourceChannels', 'import')).toBe('文件导入');
    expect(vocabularyLabel('zh-CN', 'communicationStyles', 'flat-refusal')).toBe('断然拒绝型');
    expect(vocabularyLabel('en', 'rfmSegments', 'cant-lose')).toBe("Can't lose");
    expect(vocabularyLabel('zh-CN', 'informationLevels', 1)).toBe('一级信息（基本资料）');
    expect(vocabularyLabel('en', 'abcGrades', 'D' as never)).toBe('D');
  });
  it('keys the labels by value in the order of the vocabulary', () => {
    expect(Object.keys(vocabularyLabels.relationshipStages.en)).toEqual(['prospect', 'new', 'long-term', 'problem', 'former']);
    expect(vocabularyLabels.taskKinds['zh-CN']['collect-payment']).toBe('催收货款');
    expect(vocabularyLabels.informationLevels.en[2]).toBe('Level 2 — purchase and decision');
  });
  it('reads one vocabulary from its own table as from the whole', () => {
    expect(labelIn(abcGradeLabels, 'zh-CN', 'B')).toBe('B 类客户');
    expect(labelIn(rfmSegmentLabels, 'en', 'about-to-sleep')).toBe('About to sleep');
    expect(labelIn(rfmSegmentLabels, 'zh-CN', 'inactive')).toBe('无购买客户');
    expect(labelIn(pointsTierLabels, 'en', 'D')).toBe('Tier D');
    expect(labelIn(pointsTierLabels, 'zh-CN', 'E' as never)).toBe('E');
    for (const locale of locales) {
      for (const g of vocabularies.abcGrades) expect(labelIn(abcGradeLabels, locale, g)).toBe(vocabularyLabel(locale, 'abcGrades', g));
      for (const s of vocabularies.rfmSegments) expect(labelIn(rfmSegmentLabels, locale, s)).toBe(vocabularyLabel(locale, 'rfmSegments', s));
    }
  });
  it('has one table per labelled vocabulary, named after its type, reading as vocabularyLabel does', () => {
    const names = Object.keys(vocabularyLabels);
    // The name of each vocabulary's type, lower-cased, then "Labels" (RelationshipStage: relationshipStageLabels).
    const expected = 'customerKind customerNature relationshipStage volumeClass funnelStage leadIntent abcGrade gradingMethod rfmSegment frequencyClass valueClass loyaltyClass pointsTier buyingRole contactLayer personalityTrait communicationStyle sensitivityLevel informationLevel sourceChannel interactionKind opportunityStatus taskKind taskStatus taskOrigin serviceCaseKind serviceChannel serviceSeverity serviceCaseStatus contractKind contractRenewal operatingStatus creditRating potentialLevel';
    expect(Object.keys(tables)).toEqual(expected.split(' ').map((n) => `${n}Labels`));
    expect(names).toHaveLength(34);
    for (const name of names) {
      const table = (Object.values(tables) as LabelTable<readonly (string | number)[]>[]).find(([values]) => values === (vocabularies as Record<string, unknown>)[name]);
      expect(table, name).toBeDefined();
      for (const locale of locales)
        for (const value of table![0]) expect(labelIn(table!, locale, value), `${name} ${locale} ${value}`).toBe(vocabularyLabel(locale, name as 'abcGrades', value as never));
    }
  });
  it('reads the labels of a vocabulary from its own table', () => {
    expect(labelIn(relationshipStageLabels, 'zh-CN', 'long-term')).toBe('长期客户');
    expect(labelIn(sourceChannelLabels, 'en', 'sales-rep')).toBe('Our salesperson');
    expect(labelIn(sourceChannelLabels, 'zh-CN', 'import')).toBe('文件导入');
    expect(labelIn(taskKindLabels, 'en', 'collect-payment')).toBe('Collect payment');
    expect(labelIn(serviceSeverityLabels, 'zh-CN', 'critical')).toBe('紧急');
    expect(labelIn(contractRenewalLabels, 'en', 'none')).toBe('Does not renew');
  });
});
