import type { Locale } from '../i18n/locale.js';
import { translate, type Catalog } from '../i18n/translate.js';

/**
 * A person of the company: a sales rep, a manager, an operator. Records refer to people by
 * `id` (a customer's owner, a revision's author, an audit entry's actor); screens show
 * {@link personName} instead, never the id.
 */
export interface Person {
  /** The id records use (`R037`, `M001`, a login name …). */
  readonly id: string;
  /** The name as the company writes it (a Chinese company: 王芳). */
  readonly name: string;
  /** The name in English screens, when it differs (Wang Fang). */
  readonly nameEn?: string;
  /** Role or title (销售代表, 销售经理 …), as the company words it. */
  readonly role?: string;
  /** Team the person belongs to. */
  readonly team?: string;
  /** Sales territory the person covers. */
  readonly territory?: string;
  /** `false` for someone who has left; their records still show their name. */
  readonly active?: boolean;
}

/**
 * Actors that are not people: the system itself, a bulk import, a grading run. Records carry
 * these ids where no person acted; {@link personName} gives each a translated name.
 */
export const systemActors = ['system', 'import', 'grading'] as const;

/** One of {@link systemActors}. */
export type SystemActor = (typeof systemActors)[number];

/** The id of "nobody yet" (an imported customer without an owner). */
export const unassignedPersonId = 'unassigned';

type Key = SystemActor | 'unassigned' | 'unknown';

const messages: Catalog<Key> = {
  en: { system: 'System', import: 'Import', grading: 'Grading', unassigned: 'Unassigned', unknown: 'Unknown person' },
  'zh-CN': { system: '系统', import: '导入', grading: '评级', unassigned: '未分配', unknown: '未知人员' },
};

/** A directory given as a list is indexed once per list object, not searched per name. */
const indexes = new WeakMap<readonly Person[], ReadonlyMap<string, Person>>();

function lookup(people: readonly Person[] | ReadonlyMap<string, Person> | undefined, id: string): Person | undefined {
  if (!people) return undefined;
  if (!Array.isArray(people)) return (people as ReadonlyMap<string, Person>).get(id);
  const list = people as readonly Person[];
  let index = indexes.get(list);
  if (!index) {
    index = new Map(list.map((person) => [person.id, person]));
    indexes.set(list, index);
  }
  return index.get(id);
}

/**
 * The name to show for the person with this id, in the locale: `nameEn` in English when the
 * directory gives one, else `name`. Ids never reach the screen: no id or `unassigned` reads
 * "Unassigned" / "未分配"; the system actors `system`, `import` and `grading` read
 * "System" / "系统", "Import" / "导入", "Grading" / "评级"; an id the directory does not
 * know (someone not in it, or no directory given) reads "Unknown person" / "未知人员" —
 * a manager can act on "unknown", not on a code.
 *
 * A directory given as a list is indexed on first use and the index kept while the list
 * lives, so calling this for every row of a long list costs a map lookup each.
 *
 * @example
 * const people = [{ id: 'R037', name: '王芳', nameEn: 'Wang Fang' }];
 * personName(people, 'R037', 'zh-CN') // '王芳'
 * personName(people, 'R037', 'en') // 'Wang Fang'
 * personName(people, 'import', 'zh-CN') // '导入'
 * personName(people, 'R999', 'zh-CN') // '未知人员'
 */
export function personName(
  people: readonly Person[] | ReadonlyMap<string, Person> | undefined,
  id: string | undefined,
  locale: Locale,
): string {
  const key = id?.trim();
  if (!key || key === unassignedPersonId) return translate(messages, locale, 'unassigned');
  const person = lookup(people, key);
  const name = (locale === 'en' ? person?.nameEn?.trim() : undefined) || person?.name.trim();
  if (name) return name;
  if ((systemActors as readonly string[]).includes(key)) return translate(messages, locale, key as SystemActor);
  return translate(messages, locale, 'unknown');
}
