import type { InformationLevel, SensitivityLevel } from '../enums/vocabularies.js';
import type { Locale } from '../i18n/locale.js';

/**
 * What a role may read and write, as data. `read`/`informationLevels` apply to every
 * customer; the `own*` lists add what the role may see of the customers it owns (a sales
 * rep sees level-2/3 information only for its own customers). `reveal` lists the
 * sensitivities the role may reveal one field at a time, with a reason that is audited.
 */
export interface RolePolicy {
  readonly id: string;
  readonly label: Readonly<Record<Locale, string>>;
  readonly read: readonly SensitivityLevel[];
  readonly write: readonly SensitivityLevel[];
  readonly informationLevels: readonly InformationLevel[];
  readonly ownRead?: readonly SensitivityLevel[];
  readonly ownWrite?: readonly SensitivityLevel[];
  readonly ownInformationLevels?: readonly InformationLevel[];
  readonly reveal?: readonly SensitivityLevel[];
  /**
   * Whether the role may read the audit log (who read and changed what). The log names every
   * user's reads, so only roles that oversee others get it: the privacy store refuses the rest.
   */
  readonly readAudit?: boolean;
}

/** The person looking at the archive. */
export interface Viewer {
  readonly userId: string;
  readonly role: RolePolicy;
}

const everyLevel = ['public', 'internal', 'confidential', 'secret'] as const;

/** The roles of the seeds' sales organisation; embedders may pass their own. */
export const defaultRoles = {
  'sales-rep': {
    id: 'sales-rep',
    label: { en: 'Sales rep', 'zh-CN': '业务员' },
    read: ['public', 'internal'],
    write: ['public', 'internal'],
    informationLevels: [1],
    ownRead: everyLevel,
    ownWrite: everyLevel,
    ownInformationLevels: [1, 2, 3],
  },
  'sales-manager': {
    id: 'sales-manager',
    label: { en: 'Sales manager', 'zh-CN': '销售经理' },
    read: ['public', 'internal', 'confidential'],
    write: ['public', 'internal', 'confidential'],
    informationLevels: [1, 2, 3],
    reveal: ['secret'],
    readAudit: true,
  },
  finance: {
    id: 'finance',
    label: { en: 'Finance', 'zh-CN': '财务' },
    read: ['public', 'internal', 'confidential'],
    write: ['public', 'internal'],
    informationLevels: [1, 2],
  },
  'call-centre': {
    id: 'call-centre',
    label: { en: 'Call-centre agent', 'zh-CN': '呼叫中心坐席' },
    read: ['public', 'internal'],
    write: ['public'],
    informationLevels: [1],
    reveal: ['confidential'],
  },
  auditor: {
    id: 'auditor',
    label: { en: 'Auditor', 'zh-CN': '审计' },
    read: everyLevel,
    write: [],
    informationLevels: [1, 2, 3],
    readAudit: true,
  },
} as const satisfies Record<string, RolePolicy>;

/** The id of a built-in role. */
export type DefaultRoleId = keyof typeof defaultRoles;
