import * as z from 'zod/mini';
import { translate } from '../i18n/translate.js';
import { idMessages, type IdMessageKey } from './messages.js';
import { isMainlandMobile } from './mobile-number.js';
import { isResidentIdNumber } from './resident-id-number.js';
import { isUnifiedSocialCreditCode } from './unified-social-credit-code.js';
import { rule, type RuleIssue } from '../schema/formats.js';

/**
 * The params our own refinements attach to their issues, so that validation can translate them
 * from our catalogues in the caller's locale (zod's `localeError` only knows zod's own issues).
 */
export interface DossierIssueParams {
  messageKey: string;
  values?: Record<string, string | number>;
}

function refinement(key: IdMessageKey): RuleIssue {
  return { error: translate(idMessages, 'en', key), params: { messageKey: key } satisfies DossierIssueParams };
}

/**
 * A unified social credit code (统一社会信用代码) with a correct check character.
 *
 * @example
 * usccSchema.parse('91350100M000100Y43') // '91350100M000100Y43'
 */
export const usccSchema = z.string().check(rule(isUnifiedSocialCreditCode, refinement('invalidUscc')));

/**
 * A resident ID number (居民身份证号码) with a real birth date and a correct check character.
 *
 * @example
 * residentIdNumberSchema.parse('11010519491231002X') // '11010519491231002X'
 */
export const residentIdNumberSchema = z.string().check(rule(isResidentIdNumber, refinement('invalidResidentId')));

/**
 * A mainland mobile number, stored as written (`+86` and separators allowed).
 *
 * @example
 * mobileSchema.parse('+86 138 0013 8000') // '+86 138 0013 8000'
 */
export const mobileSchema = z.string().check(rule(isMainlandMobile, refinement('invalidMobile')));
