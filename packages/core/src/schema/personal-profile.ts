import * as z from 'zod/mini';
import { field, localizedText } from './field-meta.js';
import { fieldGroup, optionalCount, optionalDate, optionalText, textList, trimmedText } from './field-builders.js';

// The 32-item personal profile of a key person (seed 000, 客户基本情况 … 客户特殊兴趣), grouped as the
// form groups it. Item numbers are in the comments. The whole profile is level 3 and confidential;
// family, politics, religion and the topics never to raise are secret.

/** 一、客户基本情况 (items 1–6; the name, item 1, is the contact's own). */
const basics = field(
  z.object({
    birthDate: optionalDate('Birth date', '出生年月日'), // 2
    birthPlace: optionalText('Birth place', '出生地'), // 3
    nativePlace: optionalText('Native place', '籍贯'), // 4
    socialRelations: optionalText('Social relations', '社会关系'), // 5
    appearance: optionalText('Height, weight and features', '身高体重身体五官特征'), // 6
  }),
  fieldGroup('Basics', '基本情况', 'confidential', 3),
);

/** 二、教育背景 (items 7–11). */
const education = field(
  z.object({
    school: optionalText('School', '毕业学校'), // 7
    major: optionalText('Major', '专业'), // 7
    graduatedOn: optionalDate('Graduated on', '毕业日期'), // 7
    degree: optionalText('Degree', '学位'), // 7
    awards: optionalText('Awards at university', '大学时代得奖纪录'), // 8
    clubs: optionalText('University clubs', '大学时所属社团'), // 9
    sports: optionalText('Sports', '擅长运动'), // 9
    otherEducation: optionalText('Other education; cares about degrees?', '其他教育背景；是否在意学位'), // 10
    militaryService: optionalText('Military service, rank and attitude to it', '兵役军种、退役军阶及对兵役的态度'), // 11
  }),
  fieldGroup('Education', '教育背景', 'confidential', 3),
);

const child = z.object({
  name: field(trimmedText(100), { label: localizedText("Child's name", '子女姓名'), kind: 'name' }), // 16
  age: optionalCount('Age', '年龄'), // 16
  custody: field(z.optional(z.boolean()), { label: localizedText('Has custody', '是否有抚养权'), kind: 'boolean' }), // 16
  education: optionalText('Education', '子女教育'), // 17
  hobbies: optionalText('Hobbies', '子女喜好'), // 18
});

/** 三、家庭情况 (items 12–18). */
const family = field(
  z.object({
    maritalStatus: optionalText('Marital status', '婚姻状况'), // 12
    spouseName: optionalText("Spouse's name", '配偶姓名', { kind: 'name' }), // 12
    spouseEducation: optionalText("Spouse's education", '配偶教育程度'), // 13
    spouseInterests: optionalText("Spouse's interests, activities, clubs", '配偶兴趣/活动/社团'), // 14
    weddingAnniversary: optionalDate('Wedding anniversary', '结婚纪念日'), // 15
    children: field(z.array(child), { label: localizedText('Children', '子女') }), // 16–18
  }),
  fieldGroup('Family', '家庭情况', 'secret', 3),
);

/** 四、业务背景资料 (items 19–26). */
const career = field(
  z.object({
    previousEmployer: optionalText('Previous employer', '前一个工作的公司名称'), // 19
    previousEmployerAddress: optionalText("Previous employer's address", '前一个工作的公司地址', { kind: 'address' }), // 19
    previousEmployment: optionalText('Employed there (when)', '受雇时间'), // 19
    previousEmployerTitle: optionalText('Title there', '受雇职衔'), // 19
    previousTitleHere: optionalText('Previous title in the current company', '在目前公司的前一个职衔'), // 20
    statusSymbols: optionalText('Status symbols in the office', '在办公室的"地位"象征'), // 21
    attitudeToCompany: optionalText('Attitude to own company', '对自己公司的态度'), // 22
    longTermGoals: optionalText('Long-term career goals', '长期事业目标'), // 23
    shortTermGoals: optionalText('Short-term career goals', '短期事业目标'), // 24
    mainConcern: optionalText("Main concern: company's future or own", '最关切的是公司前途还是个人前途'), // 25
    worries: optionalText('What they think about now or for the future, and why', '多思考现在或将来的哪些问题及原因'), // 26
  }),
  fieldGroup('Career', '业务背景', 'confidential', 3),
);

/** 五、客户特殊兴趣 (items 27–32). */
const interests = field(
  z.object({
    privateClubs: optionalText('Private clubs', '所属私人俱乐部'), // 27
    politicalActivity: optionalText('Political activity and party', '参与的政治活动及政党', { sensitivity: 'secret' }), // 28
    socialActivity: optionalText('Social activity and how', '是否热衷社会活动及如何参与'), // 29
    religion: optionalText('Religion and devotion', '宗教信仰及是否热衷', { sensitivity: 'secret' }), // 30
    topicsNeverToRaise: textList('Topics never to raise', '特别机密且不宜谈论之事', { sensitivity: 'secret' }), // 31
    topicsOfInterest: textList('Topics they care about (besides business)', '特别有意见或感兴趣的主题（生意之外）'), // 32
    hobbies: optionalText('Hobbies', '兴趣爱好'),
  }),
  fieldGroup('Interests', '特殊兴趣', 'confidential', 3),
);

/**
 * The personal profile of a key person (客户个人资料, the 32-item form): basics, education,
 * family, career and interests, including the topics never to raise (such as a divorce).
 *
 * @example
 * personalProfileSchema.parse({ interests: { topicsNeverToRaise: ['离婚'], topicsOfInterest: ['高尔夫'] } })
 */
export const personalProfileSchema = z.object({
  basics: z.optional(basics),
  education: z.optional(education),
  family: z.optional(family),
  career: z.optional(career),
  interests: z.optional(interests),
});

/** The personal profile of a key person. */
export type PersonalProfile = z.infer<typeof personalProfileSchema>;
