import * as z from 'zod/mini';
import { field, localizedText } from '../field-meta.js';
import { optionalCount, optionalDate, optionalText, optionalTextList } from '../field-builders.js';
import { choiceList, optionalChoice } from './choice.js';
import { defineProfileTemplate } from './profile-template.js';

const faceAreas = {
  forehead: localizedText('Forehead', '额头'),
  cheeks: localizedText('Cheeks', '两颊'),
  nose: localizedText('Sides of the nose', '鼻翼'),
  lips: localizedText('Around the lips', '唇周'),
  chin: localizedText('Chin', '下颌'),
  eyes: localizedText('Corners of the eyes', '眼角'),
  'whole-face': localizedText('Whole face', '全脸'),
};

/**
 * Beauty salon customer form (美容院顾客资料登记表): skin type and condition, problems and where on
 * the face, skincare and make-up habits, diet, allergies, health, care plan.
 *
 * @example
 * beautySalonTemplate.schema.parse({ skinType: 'combination', problems: ['acne'], problemAreas: ['forehead'], skincare: [], makeup: [], diet: [] })
 */
export const beautySalonTemplate = defineProfileTemplate({
  id: 'beauty-salon',
  label: localizedText('Beauty salon', '美容院顾客资料'),
  sensitivity: 'confidential',
  level: 2,
  appliesTo: ['person'],
  schema: z.object({
    cardNumber: optionalText('Card number', '卡号', { sensitivity: 'internal' }),
    cardOpenedOn: optionalDate('Card opened on', '建卡日期', { sensitivity: 'internal' }),
    age: optionalCount('Age', '年龄'),
    occupation: optionalText('Occupation', '职业'),
    skinType: optionalChoice(
      {
        normal: localizedText('Normal', '中性皮肤'),
        oily: localizedText('Oily', '油性皮肤'),
        combination: localizedText('Combination', '混合性皮肤'),
        'dehydrated-oily': localizedText('Dehydrated oily', '缺水型油性皮肤'),
        'dehydrated-dry': localizedText('Dehydrated dry', '缺水型干性皮肤'),
        'lipid-dry': localizedText('Lipid-dry', '缺油型干性皮肤'),
      },
      'Skin type',
      '皮肤类型',
    ),
    texture: optionalChoice(
      { smooth: localizedText('Smooth', '光滑'), 'slightly-rough': localizedText('Slightly rough', '较粗糙'), rough: localizedText('Rough', '粗糙'), 'very-rough': localizedText('Very rough', '极粗糙') },
      'Skin texture',
      '皮肤质地',
    ),
    elasticity: optionalChoice({ poor: localizedText('Poor', '差'), average: localizedText('Average', '一般'), good: localizedText('Good', '良好') }, 'Elasticity', '皮肤弹性'),
    problems: choiceList(
      {
        spots: localizedText('Spots', '色斑'),
        acne: localizedText('Acne', '痤疮'),
        ageing: localizedText('Ageing', '老化'),
        sensitivity: localizedText('Sensitivity', '敏感'),
        allergy: localizedText('Allergy', '过敏'),
        telangiectasia: localizedText('Visible capillaries', '毛细血管扩张'),
        sunburn: localizedText('Sunburn', '日晒伤'),
        scars: localizedText('Scars', '瘢痕'),
      },
      'Skin problems',
      '皮肤问题',
    ),
    problemAreas: choiceList(faceAreas, 'Where on the face', '问题分布区域'),
    skincare: optionalTextList('Skincare products used', '常用护肤品'),
    cleansingPerDay: optionalCount('Cleansing per day', '洁肤次数/天'),
    makeup: optionalTextList('Make-up used', '常用化妆品'),
    diet: optionalTextList('Diet', '饮食爱好'),
    foodAllergies: optionalText('Food allergies', '易过敏食物'),
    drugAllergies: optionalText('Drug allergies', '易过敏药物', { sensitivity: 'secret', level: 3 }),
    contactLenses: field(z.optional(z.boolean()), { label: localizedText('Wears contact lenses', '戴隐形眼镜'), kind: 'boolean' }),
    surgeries: optionalText('Surgeries', '手术治疗内容', { sensitivity: 'secret', level: 3 }),
    medicalHistory: optionalText('Medical history', '病史', { sensitivity: 'secret', level: 3 }),
    carePlan: optionalText('Care plan', '护理方案', { sensitivity: 'internal' }),
  }),
});
