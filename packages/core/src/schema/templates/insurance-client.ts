import * as z from 'zod/mini';
import { field, localizedText } from '../field-meta.js';
import { optionalCount, optionalMoney, optionalText, optionalTextList, trimmedText } from '../field-builders.js';
import { choiceList, optionalChoice } from './choice.js';
import { defineProfileTemplate } from './profile-template.js';

const familyMember = z.object({
  relation: field(trimmedText(50), { label: localizedText('Relation', '关系'), kind: 'text' }),
  name: optionalText('Name', '姓名', { kind: 'name' }),
  age: optionalCount('Age', '年龄'),
});

/**
 * Insurance client profile (保险客户): family, investable assets, income and expenses, wealth
 * source, risk appetite, money sensitivity, concerns, social network and referrals.
 *
 * @example
 * insuranceClientTemplate.schema.parse({ familyMembers: [{ relation: '配偶' }], riskAppetite: 'balanced', concerns: ['children-education'], referrals: [] })
 */
export const insuranceClientTemplate = defineProfileTemplate({
  id: 'insurance-client',
  label: localizedText('Insurance client', '保险客户档案'),
  sensitivity: 'confidential',
  level: 3,
  appliesTo: ['person'],
  schema: z.object({
    familyMembers: field(z.optional(z.array(familyMember)), { label: localizedText('Family members', '家庭成员'), sensitivity: 'secret' }),
    occupation: optionalText('Occupation and industry', '职业和行业'),
    investableAssets: optionalMoney('Investable assets', '可投资资产', { sensitivity: 'secret' }),
    annualIncome: optionalMoney('Household income per year', '家庭年收入', { sensitivity: 'secret' }),
    annualExpenses: optionalMoney('Household expenses per year', '家庭年支出', { sensitivity: 'secret' }),
    wealthSource: optionalText('Source of wealth', '财富来源', { sensitivity: 'secret' }),
    existingCover: optionalText('Existing financial arrangements', '既有金融配置'),
    riskAppetite: optionalChoice(
      { conservative: localizedText('Conservative', '保守'), balanced: localizedText('Balanced', '稳健'), aggressive: localizedText('Aggressive', '积极') },
      'Risk appetite',
      '风险偏好',
    ),
    moneySensitivity: optionalChoice({ high: localizedText('High', '高'), medium: localizedText('Medium', '中'), low: localizedText('Low', '低') }, 'Money sensitivity', '金钱敏感度'),
    concerns: choiceList(
      {
        'marriage-risk': localizedText('Marriage risk isolation', '婚姻风险隔离'),
        'children-education': localizedText("Children's education", '子女教育'),
        inheritance: localizedText('Inheritance', '传承'),
        retirement: localizedText('Retirement', '养老'),
        'asset-disputes': localizedText('Asset outflow or disputes', '资产外流或纷争'),
        health: localizedText('Health', '健康'),
      },
      'Concerns',
      '担忧',
    ),
    socialNetwork: optionalText('Social network', '社交圈'),
    referrals: optionalTextList('Referrals', '转介绍'),
    maintenanceTopics: optionalTextList('Everyday topics', '日常维护话题'),
  }),
});
