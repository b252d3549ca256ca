import type { Locale } from '../i18n/locale.js';
import type { CommunicationStyle } from './vocabularies.js';

// How to handle each communication style (顾客分类 … 应对技巧, seed 003). The seed names the ten
// styles but spells out only the talkative customer (and, in passing, the silent and the amiable
// one); the other seven texts are Dossier's own short advice in the seed's spirit.
const guidance: Record<Locale, Record<CommunicationStyle, string>> = {
  en: {
    silent: 'You must lead: ask open questions and bring up topics yourself; give them time to answer and do not take silence for refusal.',
    talkative:
      'Do not hand them the conversation: agree now and then to help them reach a conclusion, avoid open questions that set them off again, and steer what they say back to the product. Keep an eye on your time.',
    amiable: 'Easy to like, slow to commit: stay friendly, but ask for a clear decision and a date.',
    proud: 'Let them feel respected: ask for their opinion, praise their judgement, never correct them in front of others.',
    tricky: 'Stay calm and factual; put terms and promises in writing and do not give way to pressure.',
    nitpicking: 'Prepare details and evidence; answer each objection patiently and specifically, and admit small flaws honestly.',
    irritable: 'Keep your voice low and your answers short; do not argue, let them vent, then come back to the point.',
    'flat-refusal': 'Do not push: find out why they refuse, leave material, and ask for another chance later.',
    haggler: 'Hold the price and talk about value; trade any concession for something in return (volume, prepayment, term).',
    'financially-strapped': 'Be considerate: suggest smaller orders, instalments or a cheaper option, and check credit before granting terms.',
  },
  'zh-CN': {
    silent: '由你主导：主动发问、寻找话题，给对方时间回答，不要把沉默当作拒绝。',
    talkative: '不要把说话的主导权交给他：偶尔附和，协助他尽早做结论；避免发问，以免他又口若悬河；把他的话题引到产品上，并注意控制时间。',
    amiable: '和气型的客人最受推销员喜爱，但不易下决心：保持友好，同时请他明确决定和时间。',
    proud: '让他感到被尊重：多请教他的意见，肯定他的眼光，不要当众纠正他。',
    tricky: '保持冷静、就事论事；条件和承诺都落实到书面，不因施压而让步。',
    nitpicking: '准备好细节和证据，耐心、具体地回答每个异议，小缺点如实承认。',
    irritable: '语气放缓、回答简短，不与他争辩；让他先发泄，再回到正题。',
    'flat-refusal': '不要硬推：了解拒绝的原因，留下资料，约定以后再访。',
    haggler: '守住价格，多谈价值；任何让步都换取回报（数量、预付款、账期）。',
    'financially-strapped': '体谅对方：建议小批量、分期或更经济的方案，给账期前先核实信用。',
  },
};

/**
 * How to handle a contact of a communication style (沟通类型的应对技巧, seed 003), in the locale.
 * The talkative, silent and amiable texts follow the seed; the others are Dossier's own advice.
 *
 * @example
 * styleGuidance('zh-CN', 'talkative') // '不要把说话的主导权交给他：偶尔附和，…'
 */
export function styleGuidance(locale: Locale, style: CommunicationStyle): string {
  return guidance[locale][style];
}
