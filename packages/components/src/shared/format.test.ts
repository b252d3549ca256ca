import { expect } from '@open-wc/testing';
import { formatMoney, formatMoneyCompact, isLargeAmount } from './format.js';

describe('formatMoneyCompact: amounts for reading', () => {
  it('writes 万 and 亿 in zh-CN from ¥1万, two decimals, and smaller amounts in full', () => {
    expect(formatMoneyCompact('zh-CN', '550722.35')).to.equal('¥55.07万');
    expect(formatMoneyCompact('zh-CN', 550722.35)).to.equal('¥55.07万');
    expect(formatMoneyCompact('zh-CN', '10000')).to.equal('¥1.00万');
    expect(formatMoneyCompact('zh-CN', '123456789')).to.equal('¥1.23亿');
    expect(formatMoneyCompact('zh-CN', '-25000')).to.equal('-¥2.50万');
    expect(formatMoneyCompact('zh-CN', '9999.99')).to.equal('¥9,999.99');
    expect(formatMoneyCompact('zh-CN', 0)).to.equal('¥0.00');
  });

  it('keeps thousands in full in en and writes M and B from ¥1M', () => {
    expect(formatMoneyCompact('en', '550722.35')).to.equal('¥550,722.35');
    expect(formatMoneyCompact('en', '999999.99')).to.equal('¥999,999.99');
    expect(formatMoneyCompact('en', '1000000')).to.equal('¥1.00M');
    expect(formatMoneyCompact('en', 123456789)).to.equal('¥123.46M');
    expect(formatMoneyCompact('en', '2500000000')).to.equal('¥2.50B');
  });

  it('rounds the exact decimal of a string, not its nearest float', () => {
    // 100,499,999.999999999 is 1.00499999… 亿: two decimals give 1.00; as a float it is 100,500,000 (1.005 → 1.01)
    expect(formatMoneyCompact('zh-CN', '100499999.999999999')).to.equal('¥1.00亿');
    expect(formatMoneyCompact('zh-CN', Number('100499999.999999999'))).to.equal('¥1.01亿');
    // beyond 2^53 the float would end in .75; the decimal ends in .785 and rounds to .79
    expect(formatMoney('en', '1234567890123456.785')).to.equal('¥1,234,567,890,123,456.79');
  });

  it('tells large amounts by their digits', () => {
    expect(isLargeAmount('zh-CN', '9999.999')).to.equal(false);
    expect(isLargeAmount('zh-CN', '10000.00')).to.equal(true);
    expect(isLargeAmount('zh-CN', '-00012345')).to.equal(true);
    expect(isLargeAmount('en', '12345')).to.equal(false);
    expect(isLargeAmount('en', 1e21)).to.equal(true);
  });
});
