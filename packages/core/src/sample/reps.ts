import { base, en, Faker, zh_CN } from '@faker-js/faker';
import type { Person } from '../people/person.js';
import { sampleCities, sampleRegions } from './geography.js';
import { pinyinName, sampleMobile } from './identity.js';
import { streams } from './profiles.js';
import { mixSeed, Random, type Seed } from './random.js';

/** A sales representative of the sample company: who owns customers and makes the visits. */
export interface SampleRep {
  /** `R001`… */
  readonly id: string;
  readonly name: { readonly zh: string; readonly en: string };
  /** The sales region (大区) the rep covers: the territory of the rep's customers. */
  readonly region: string;
  readonly mobile: string;
  readonly email: string;
}

/** The most reps a sample archive has (`generateArchive` of about 1,100 customers or more). */
export const MAX_SAMPLE_REPS = 40;

/**
 * The first `count` reps of the sample company for a seed, as `generateArchive` makes them:
 * rep k (`R001`…) has the same name and region in every archive of that seed, whatever its size
 * (its phone number depends on the count).
 * `zh` is the seeded faker to draw names with (one is made when not given).
 *
 * @example
 * sampleReps({ seed: 42, count: 3 }).map((r) => r.id) // ['R001', 'R002', 'R003']
 */
export function sampleReps(options: { seed: Seed; count?: number }, zh: Faker = new Faker({ locale: [zh_CN, en, base] })): SampleRep[] {
  const { seed, count = MAX_SAMPLE_REPS } = options;
  const random = new Random(mixSeed(seed, streams.reps));
  // Regions in proportion to their customers, each region one rep first while reps last.
  const regionWeight = new Map<string, number>();
  for (const city of sampleCities) regionWeight.set(city.region, (regionWeight.get(city.region) ?? 0) + city.weight);
  const regions: string[] = [];
  for (let k = 0; k < count; k++) {
    if (k < sampleRegions.length) regions.push(sampleRegions[k] ?? '华东');
    else regions.push(random.weighted(sampleRegions, sampleRegions.map((r) => regionWeight.get(r) ?? 1)));
  }
  return regions.map((region, k) => {
    zh.seed(mixSeed(seed, streams.reps, k));
    const surname = zh.person.lastName();
    const given = zh.person.firstName();
    const pinyin = pinyinName(surname, given);
    return {
      id: `R${String(k + 1).padStart(3, '0')}`,
      name: { zh: `${surname}${given}`, en: pinyin },
      region,
      mobile: sampleMobile(random),
      email: `${pinyin.toLowerCase().replace(' ', '.')}${k + 1}@dossier-demo.cn`,
    };
  });
}

/**
 * The sample company's people as a directory (core's `Person`): its reps (`R001`…, role 销售代表
 * / sales rep, territory their region) and the sales manager `M001` (陈经理), so stories and
 * demos show every owner and author by name.
 *
 * @example
 * samplePeople({ seed: 42 }).find((p) => p.id === 'M001')?.name // '陈经理'
 */
export function samplePeople(options: { seed: Seed; count?: number }): Person[] {
  return [
    { id: 'M001', name: '陈经理', nameEn: 'Manager Chen', role: '销售经理' },
    ...sampleReps(options).map((rep) => ({ id: rep.id, name: rep.name.zh, nameEn: rep.name.en, role: '销售代表', territory: rep.region })),
  ];
}
