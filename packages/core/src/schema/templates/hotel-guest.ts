import * as z from 'zod/mini';
import { field, localizedText } from '../field-meta.js';
import { optionalText, optionalTextList } from '../field-builders.js';
import { matches } from '../formats.js';
import { choiceList, optionalChoice } from './choice.js';
import { defineProfileTemplate } from './profile-template.js';

/**
 * Hotel / restaurant guest history (客史档案): surname and form of address, birthday, favourite
 * dishes and drinks, special preferences; collected by doorman, host, waiter and manager.
 *
 * @example
 * hotelGuestTemplate.schema.parse({ surname: '王', formOfAddress: '王总', favouriteDishes: ['清蒸鲈鱼'], favouriteDrinks: [], dietaryRestrictions: [], collectedBy: ['host'] })
 */
export const hotelGuestTemplate = defineProfileTemplate({
  id: 'hotel-guest',
  label: localizedText('Guest history', '客史档案'),
  sensitivity: 'internal',
  level: 2,
  schema: z.object({
    guestClass: optionalChoice(
      { A: localizedText('A: key account (VIP)', 'A 类：大客户（VIP）'), B: localizedText('B: regular organisation', 'B 类：普通客户'), C: localizedText('C: walk-in / new', 'C 类：散客/新客户') },
      'Guest class',
      '客源类别',
    ),
    surname: optionalText('Surname', '姓氏', { kind: 'name' }),
    formOfAddress: optionalText('Form of address', '尊称', { kind: 'name' }),
    birthday: field(z.optional(z.string().check(matches(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/))), {
      label: localizedText('Birthday (MM-DD)', '生日（月-日）'),
      kind: 'text',
      sensitivity: 'confidential',
    }),
    favouriteDishes: optionalTextList('Favourite dishes', '喜爱的菜品'),
    favouriteDrinks: optionalTextList('Favourite drinks', '爱喝的酒水'),
    dietaryRestrictions: optionalTextList('Dietary restrictions', '饮食禁忌'),
    specialPreferences: optionalText('Special preferences', '特殊喜好'),
    seatingPreference: optionalText('Preferred room or table', '喜欢的包间/座位'),
    collectedBy: choiceList(
      {
        doorman: localizedText('Doorman / greeter', '门童/迎宾员'),
        host: localizedText('Host', '引领员'),
        'order-taker': localizedText('Order taker', '点菜员'),
        waiter: localizedText('Waiter', '值台服务员'),
        manager: localizedText('Manager', '管理人员'),
      },
      'Collected by',
      '信息收集岗位',
    ),
  }),
});
