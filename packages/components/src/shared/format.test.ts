import { expect } from '@open-wc/testing';
import { formatMoney, formatMoneyCompact, isLargeAmount, moneyColumn, moneyColumnUnit, percentColumn } from './format.js';

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

describe('moneyColumn and percentColumn: one unit and one number of decimals per column', () => {
  it('writes ¥2,480,000.00 and ¥962,429.75 in one unit: 万 in zh-CN, M in en', () => {
    const amounts = ['2480000.00', '962429.75'];
    const zh = moneyColumn('zh-CN', amounts);
    expect([zh('2480000.00'), zh('962429.75')]).to.deep.equal(['¥248.00万', '¥96.24万']);
    const en = moneyColumn('en', amounts);
    expect([en('2480000.00'), en('962429.75')]).to.deep.equal(['¥2.48M', '¥0.96M']);
    // numbers of yuan read the same as their decimal strings
    expect(moneyColumn('en', [2480000, 962429.75])(962429.75)).to.equal('¥0.96M');
  });

  it('chooses the unit from the largest absolute amount, negative ones included, and skips missing ones', () => {
    // never 亿: ¥0.01亿 beside ¥1.23亿 would hide the smaller amount; 123,456,789 is 12,345.6789 万
    expect(moneyColumnUnit('zh-CN', ['123456789', null, '962429.75'])).to.equal(4);
    const zh = moneyColumn('zh-CN', ['123456789', '962429.75']);
    expect([zh('123456789'), zh('962429.75')]).to.deep.equal(['¥12,345.68万', '¥96.24万']);
    // nor B: 2,500,000,000 is 2,500 M
    expect(moneyColumn('en', ['2500000000', '962429.75'])('2500000000')).to.equal('¥2,500.00M');
    const negative = moneyColumn('zh-CN', ['-2480000', '5000']);
    expect([negative('-2480000'), negative('5000')]).to.deep.equal(['-¥248.00万', '¥0.50万']);
    expect(moneyColumnUnit('en', [])).to.equal(0);
  });

  it('keeps a column in full yuan when its largest amount is below the first large unit', () => {
    const en = moneyColumn('en', ['962429.75', '8432.5']);
    expect([en('962429.75'), en('8432.5')]).to.deep.equal(['¥962,429.75', '¥8,432.50']);
    const zh = moneyColumn('zh-CN', ['9999.99', '12']);
    expect([zh('9999.99'), zh('12')]).to.deep.equal(['¥9,999.99', '¥12.00']);
  });

  it('divides the exact decimal, not a float', () => {
    // 12,349.9999999999999999 is 1.23499999… 万; its nearest float is 12,350 (1.235 → 1.24)
    expect(moneyColumn('zh-CN', ['12349.9999999999999999'])('12349.9999999999999999')).to.equal('¥1.23万');
    const float = Number('12349.9999999999999999');
    expect(moneyColumn('zh-CN', [float])(float)).to.equal('¥1.24万');
    // thousands always grouped, so that four digits and five line up in a column
    expect(moneyColumn('zh-CN', ['50000000'])('50000000')).to.equal('¥5,000.00万');
    expect(moneyColumn('zh-CN', ['123456789'])('123456789')).to.equal('¥12,345.68万');
  });

  it('writes shares 14% and 59.8% with the same decimals, and whole percentages without any', () => {
    const en = percentColumn('en', [0.14, 0.598]);
    expect([en(0.14), en(0.598)]).to.deep.equal(['14.0%', '59.8%']);
    const zh = percentColumn('zh-CN', [0.14, null, 0.598]);
    expect([zh(0.14), zh(0.598)]).to.deep.equal(['14.0%', '59.8%']);
    const whole = percentColumn('en', [0.14, 0.6, 0.1404]);
    expect([whole(0.14), whole(0.6), whole(0.1404)]).to.deep.equal(['14%', '60%', '14%']);
  });
});
