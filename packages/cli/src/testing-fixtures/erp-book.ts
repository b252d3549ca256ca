// A small book as an ERP exports it, shared by the CSV, XLSX and PostgreSQL tests.
import iconv from 'iconv-lite';
import { excelCsv } from './harness.js';

// [customer, date, amount, region, rep]; as of 2025-04-01, window 365 days.
export const lines: [string, string, number, string, string][] = [
  ['K001', '2025-03-31', 12800, '华东', '张三'],
  ['K001', '2025-01-10', 3200, '华东', '张三'],
  ['K002', '2025-02-01', 2500.5, '华南', '李四'],
  ['K003', '2025-03-01', 1000, '华东', '张三'],
  ['K003', '2025-03-01', 1000, '华东', '张三'], // a genuine repeat purchase: counted twice
  ['K004', '2024-03-31', 99999, '华北', '王五'], // before the window
  ['K005', '2024-04-01', 499.5, '华北', '王五'],
];
// Revenue: K001 16000, K002 2500.5, K003 2000, K005 499.5; total 21000.
//   K001 before 0 → A (after 0.7619); K002 before 0.7619 → A (after 0.8810);
//   K003 before 0.8810 → B (after 0.9762); K005 before 0.9762 → C; K004 0 → unranked, C.
export const expected = [
  ['K001', 'A', '16000'],
  ['K002', 'A', '2500.5'],
  ['K003', 'B', '2000'],
  ['K005', 'C', '499.5'],
  ['K004', 'C', '0'],
];

const thousands = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 2 });

export function cleanCsv(): Buffer {
  return excelCsv(['customer_id,date,amount', ...lines.map(([c, d, a]) => `${c},${d},${a}`)]);
}

export function erpCsvGbk(): Buffer {
  const rows = [
    '销售出库明细表（2024-04-01 至 2025-03-31）,,,,,',
    '客户编码,客户名称,单据日期,价税合计,地区,业务员',
    ...lines.map(([c, d, a, region, rep]) => `${c},${c}贸易有限公司,${d.replace(/-/g, '/')},"${thousands(a)}",${region},${rep}`),
  ];
  // CRLF as Excel writes, but two lines end in LF only and one in CR: the export was stitched together.
  const text = rows.map((row, i) => row + (i === 3 ? '\n' : i === 5 ? '\r' : i === 6 ? '\n' : '\r\n')).join('');
  return iconv.encode(text, 'gbk');
}

