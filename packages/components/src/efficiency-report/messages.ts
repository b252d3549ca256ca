import { defineCatalog } from '../shared/localize.js';

const en = {
  title: 'Sales-force efficiency',
  rep: 'Sales rep',
  summary: '{reps} sales reps: sales {sales}, {visits} visits, {newCustomers} new and {lostCustomers} lost customers.',
  summaryWithoutSales: '{reps} sales reps: {visits} visits, {newCustomers} new and {lostCustomers} lost customers. Amounts you may not read are withheld.',
  summaryRestricted: '{reps} sales reps. Figures you may not read are withheld.',
  effortTitle: 'Effort and sales by grade',
  effortNote: 'Sales per effort = share of sales ÷ share of effort (time when visits carry a duration, else contacts). Above 1 a grade brings more sales than the effort it gets; below 1 it gets more effort than its sales justify.',
  grade: 'Grade',
  effortShare: 'Share of effort',
  salesShare: 'Share of sales',
  valueForEffort: 'Sales per effort',
  reading: 'Reading',
  'reading.over': 'More effort than its sales justify',
  'reading.under': 'Brings more than its effort: give it more',
  'reading.even': 'Effort in line with sales',
  'reading.none': 'No contact in the period',
  noGrade: 'No grade',
};

/** Strings of `<dossier-efficiency-report>`. */
export const messages = defineCatalog(en, {
  title: '销售人员效率检查表',
  rep: '销售人员',
  summary: '共 {reps} 名销售人员：销售额 {sales}，访问 {visits} 次，新增客户 {newCustomers} 位，失去客户 {lostCustomers} 位。',
  summaryWithoutSales: '共 {reps} 名销售人员：访问 {visits} 次，新增客户 {newCustomers} 位，失去客户 {lostCustomers} 位。您无权查看的金额不予显示。',
  summaryRestricted: '共 {reps} 名销售人员。您无权查看的数据不予显示。',
  effortTitle: '各等级客户的投入与销售额',
  effortNote: '投入回报倍数 = 销售额占比 ÷ 投入占比（有拜访时长时按时长，否则按联系次数）。大于 1：该等级带来的销售额多于它得到的投入；小于 1：投入多于它的销售额所值。',
  grade: '等级',
  effortShare: '投入占比',
  salesShare: '销售额占比',
  valueForEffort: '投入回报倍数',
  reading: '解读',
  'reading.over': '投入偏多，销售额不相称',
  'reading.under': '回报高于投入，可加大投入',
  'reading.even': '投入与销售额相称',
  'reading.none': '本期没有联系',
  noGrade: '未评级',
});

/** A key of {@link messages}. */
export type EfficiencyMessage = keyof typeof en;
