import * as z from 'zod/mini';
import { pointsTierSchema } from '../../enums/schemas.js';
import { field, localizedText } from '../field-meta.js';
import { optionalDate, optionalEnum, optionalMoney, optionalText } from '../field-builders.js';
import { above, atLeast, wholeNumber } from '../formats.js';
import { optionalChoice } from './choice.js';
import { defineProfileTemplate } from './profile-template.js';

/**
 * Retail membership (会员): stored-value card, points (1 point per yuan by default), member or
 * VIP, yearly points tier and when points reset.
 *
 * @example
 * retailMembershipTemplate.schema.parse({ memberNumber: 'M-88', level: 'vip', points: 4200, pointsTier: 'B', pointsReset: 'yearly' })
 */
export const retailMembershipTemplate = defineProfileTemplate({
  id: 'retail-membership',
  label: localizedText('Retail membership', '会员档案'),
  sensitivity: 'internal',
  level: 1,
  schema: z.object({
    memberNumber: optionalText('Member number', '会员卡号'),
    joinedOn: optionalDate('Joined on', '入会日期'),
    level: optionalChoice({ member: localizedText('Member', '普通会员'), vip: localizedText('VIP', 'VIP 会员') }, 'Membership level', '会员等级'),
    storedValue: optionalMoney('Stored-value balance', '储值余额', { sensitivity: 'confidential' }),
    points: field(z.optional(wholeNumber.check(atLeast(0))), { label: localizedText('Points', '积分'), kind: 'number' }),
    pointsThisYear: field(z.optional(wholeNumber.check(atLeast(0))), { label: localizedText('Points this year', '本年累计积分'), kind: 'number' }),
    pointsPerYuan: field(z.optional(z.number().check(above(0))), { label: localizedText('Points per yuan', '每元积分'), kind: 'number' }),
    pointsTier: optionalEnum(pointsTierSchema, 'Points tier', '积分等级', 'pointsTiers'),
    pointsReset: optionalChoice(
      { quarterly: localizedText('Quarterly', '每季度清零'), yearly: localizedText('Yearly', '每年清零'), never: localizedText('Never', '不清零') },
      'Points reset',
      '积分清零周期',
    ),
  }),
});
