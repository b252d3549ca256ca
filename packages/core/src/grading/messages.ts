import { joinCatalogs, type Catalog } from '../i18n/translate.js';
import { classMessages, type ClassMessageKey } from './class-messages.js';
import { gradingErrorMessages } from './error-messages.js';
import type { GradingErrorCode } from './error-messages.js';
import { gradeMessages, type GradeMessageKey } from './grade-messages.js';

/** A key of the grading catalogue. */
export type GradingMessageKey = `error.${GradingErrorCode}` | GradeMessageKey | ClassMessageKey;

/**
 * Every user-facing string of grading, in en and zh-CN side by side: the errors
 * (./error-messages.ts), the grade explanations (./grade-messages.ts) and the class
 * explanations (./class-messages.ts) in one catalogue. The code reads the three apart, so that
 * a page that only computes figures or only explains grades carries only what it reads.
 *
 * @example
 * translate(messages, 'zh-CN', 'figure.revenue') // '销售额'
 */
export const messages: Catalog<GradingMessageKey> = /* @__PURE__ */ joinCatalogs(gradingErrorMessages, gradeMessages, classMessages);
