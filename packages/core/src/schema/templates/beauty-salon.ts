import { z } from 'zod';
import { field, label } from '../field-meta.js';
import { optionalCount, optionalDate, optionalText, optionalTextList } from '../field-builders.js';
import { choiceList, optionalChoice } from './choice.js';
import { defineProfileTemplate } from './profile-template.js';

const faceAreas = {
  forehead: label('Forehead', '额头'),
  cheeks: label('Cheeks', '两颊'),
  nose: label('Sides of the nose', '鼻翼'),
  lips: label('Around the lips', '唇周'),
  chin: label('Chin', '下颌'),
  eyes: label('Corners of the eyes', '眼角'),
  'whole-face': label('Whole face', '全脸'),
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
  label: label('Beauty salon', '美容院顾客资料'),
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
        normal: label('Normal', '中性皮肤'),
        oily: label('Oily', '油性皮肤'),
        combination: label('Combination', '混合性皮肤'),
        'dehydrated-oily': label('Dehydrated oily', '缺水型油性皮肤'),
        'dehydrated-dry': label('Dehydrated dry', '缺水型干性皮肤'),
        'lipid-dry': label('Lipid-dry', '缺油型干性皮肤'),
      },
      'Skin type',
      '皮肤类型',
    ),
    texture: optionalChoice(
      { smooth: label('Smooth', '光滑'), 'slightly-rough': label('Slightly rough', '较粗糙'), rough: label('Rough', '粗糙'), 'very-rough': label('Very rough', '极粗糙') },
      'Skin texture',
      '皮肤质地',
    ),
    elasticity: optionalChoice({ poor: label('Poor', '差'), average: label('Average', '一般'), good: label('Good', '良好') }, 'Elasticity', '皮肤弹性'),
    problems: choiceList(
      {
        spots: label('Spots', '色斑'),
        acne: label('Acne', '痤疮'),
        ageing: label('Ageing', '老化'),
        sensitivity: label('Sensitivity', '敏感'),
        allergy: label('Allergy', '过敏'),
        telangiectasia: label('Visible capillaries', '毛细血管扩张'),
        sunburn: label('Sunburn', '日晒伤'),
        scars: label('Scars', '瘢痕'),
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
    contactLenses: field(z.boolean().optional(), { label: label('Wears contact lenses', '戴隐形眼镜'), kind: 'boolean' }),
    surgeries: optionalText('Surgeries', '手术治疗内容', { sensitivity: 'secret', level: 3 }),
    medicalHistory: optionalText('Medical history', '病史', { sensitivity: 'secret', level: 3 }),
    carePlan: optionalText('Care plan', '护理方案', { sensitivity: 'internal' }),
  }),
});
