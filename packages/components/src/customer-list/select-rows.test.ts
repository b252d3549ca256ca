import { expect } from '@open-wc/testing';
import { distinctValues, prepareRows, selectFirstRows, selectRows } from './select-rows.js';
import { syntheticRows } from '../testing-fixtures/rows.js';

// Rows 0..9 of the synthetic archive (see syntheticRows):
// i  name                 initials         grade stage      owner region revenue (i*7919 % 100000)
// 0  杭州科技有限公司0      hzkjyxgs0        A     prospect   rep-0 华东   0
// 1  宁波贸易集团1          nbmyjt1          B     new        rep-1 华北   7919
// 2  苏州实业有限公司2      szsyyxgs2        C     long-term  rep-2 华南   15838
// 3  上海电子集团3          shdzjt3          A     problem    rep-3 华东   23757
// 4  北京机械有限公司4      bjjxyxgs4        B     former     rep-4 华北   31676
// 5  广州科技集团5          gzkjjt5          C     prospect   rep-5 华南   39595
// 6  杭州贸易有限公司6      hzmyyxgs6        A     new        rep-6 华东   47514
// 7  宁波实业集团7          nbsyjt7          B     long-term  rep-0 华北   55433
// 8  苏州电子有限公司8      szdzyxgs8        C     problem    rep-1 华南   63352
// 9  上海机械集团9          shjxjt9          A     former     rep-2 华东   71271
const prepared = prepareRows(syntheticRows(10));

describe('selectRows', () => {
  it('sorts by pinyin initials by default', () => {
    // bjjx… < gzkj… < hzkj… < hzmy… < nbmy… < nbsy… < shdz… < shjx… < szdz… < szsy…
    expect(selectRows(prepared)).to.deep.equal([4, 5, 0, 6, 1, 7, 3, 9, 8, 2]);
    expect(selectRows(prepared, { direction: 'desc' })).to.deep.equal([2, 8, 9, 3, 7, 1, 6, 0, 5, 4]);
  });

  it('finds by name and by pinyin initials, case-insensitively', () => {
    expect(selectRows(prepared, { text: '杭州' })).to.deep.equal([0, 6]);
    expect(selectRows(prepared, { text: 'HZ' })).to.deep.equal([0, 6]);
    expect(selectRows(prepared, { text: 'kj' })).to.deep.equal([5, 0]);
    expect(selectRows(prepared, { text: '  ' })).to.have.length(10);
    expect(selectRows(prepared, { text: 'zzz' })).to.deep.equal([]);
  });

  it('filters by grade, stage, owner and region together', () => {
    expect(selectRows(prepared, { grade: 'A' })).to.deep.equal([0, 6, 3, 9]);
    expect(selectRows(prepared, { grade: 'A', region: '华东' })).to.deep.equal([0, 6, 3, 9]);
    expect(selectRows(prepared, { stage: 'new' })).to.deep.equal([6, 1]);
    expect(selectRows(prepared, { owner: 'rep-0' })).to.deep.equal([0, 7]);
    expect(selectRows(prepared, { grade: 'B', region: '华北', stage: 'former' })).to.deep.equal([4]);
  });

  it('sorts by revenue, grade and stage with the name as tie-breaker', () => {
    expect(selectRows(prepared, { sort: 'revenue', direction: 'desc' })).to.deep.equal([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    // Grade A: 0, 3, 6, 9 by initials hz(0) < hzmy(6) < shdz(3) < shjx(9); B: 4, 1, 7; C: 5, 8, 2.
    expect(selectRows(prepared, { sort: 'grade' })).to.deep.equal([0, 6, 3, 9, 4, 1, 7, 5, 8, 2]);
    // prospect (0, 5) < new (1, 6) < long-term (2, 7) < problem (3, 8) < former (4, 9)
    expect(selectRows(prepared, { sort: 'stage' })).to.deep.equal([5, 0, 6, 1, 7, 2, 3, 8, 4, 9]);
  });

  it('puts rows without a value last in both directions', () => {
    const rows = syntheticRows(3);
    rows[1] = { ...rows[1]!, figures: { ...rows[1]!.figures, amount: Number.NaN } };
    delete rows[2]!.grade;
    const p = prepareRows(rows);
    expect(selectRows(p, { sort: 'revenue', direction: 'asc' })).to.deep.equal([0, 2, 1]);
    expect(selectRows(p, { sort: 'revenue', direction: 'desc' })).to.deep.equal([2, 0, 1]);
    expect(selectRows(p, { sort: 'grade', direction: 'desc' })).to.deep.equal([1, 0, 2]);
  });

  it('sorts Chinese names by pinyin (not code point) and Latin names after them', () => {
    const names = ['上海一中', '万科', '三一重工', '中兴通讯', '丹东港', '鲁花集团', '黄河水利', '黎明化工', '齐鲁制药', '龙湖地产', 'Adams - Stiedemann'];
    const rows = syntheticRows(names.length).map((row, i) => ({ ...row, displayName: names[i]! }));
    // dan < huang < li < long < lu < qi < san < shang < wan < zhong, then Latin: worked out by hand.
    expect(selectRows(prepareRows(rows)).map((i) => names[i])).to.deep.equal([
      '丹东港',
      '黄河水利',
      '黎明化工',
      '龙湖地产',
      '鲁花集团',
      '齐鲁制药',
      '三一重工',
      '上海一中',
      '万科',
      '中兴通讯',
      'Adams - Stiedemann',
    ]);
  });

  it('shows names and initials that start with the search text before those that only contain it', () => {
    const named: [string, string][] = [
      ['中山大学', 'zsdx'],
      ['浙江中山', 'zjzs'],
      ['张三贸易', 'zsmy'],
    ];
    const rows = syntheticRows(3).map((row, i) => ({ ...row, displayName: named[i]![0], sortKey: named[i]![1] }));
    // Prefix matches zsdx and zsmy, in pinyin order (zhang < zhong), then zjzs.
    expect(selectRows(prepareRows(rows), { text: 'zs' })).to.deep.equal([2, 0, 1]);
    // Also by name: 中山 starts 中山大学 only.
    expect(selectRows(prepareRows(rows), { text: '中山' })).to.deep.equal([0, 1]);
  });

  it('lists the distinct owners and regions', () => {
    expect(distinctValues(prepared.rows, 'territory')).to.deep.equal(['华东', '华北', '华南'].sort());
    expect(distinctValues(prepared.rows, 'salespersonId')).to.have.length(7);
  });
});

describe('selectFirstRows', () => {
  const named = (names: string[]) => prepareRows(syntheticRows(names.length).map((row, i) => ({ ...row, displayName: names[i]! })));
  // By hand: 3M (digit first), 阿里 (a), 北京A, 北京A (bei; the same name: by id), 北京B, 中兴 (zhong), Adams (Latin last).
  const mixed = named(['中兴', '北京B', '北京A', 'Adams', '阿里', '3M', '北京A']);

  it('puts at least the asked number of rows first in the name order, the rest after', () => {
    const two = selectFirstRows(mixed, {}, 2)!;
    expect(two.exact).to.equal(2);
    expect(two.shown.slice(0, 2)).to.deep.equal([5, 4]);
    expect([...two.shown].sort()).to.deep.equal([0, 1, 2, 3, 4, 5, 6]);
    // Of the 北 bucket (北京B, 北京A, 北京A) only the first two are taken: 北京A by id C-000002 then C-000006.
    const four = selectFirstRows(mixed, {}, 4)!;
    expect(four.shown.slice(0, four.exact)).to.deep.equal([5, 4, 2, 6]);
    expect(four.repeated).to.deep.equal(new Set(['北京A']));
    const desc = selectFirstRows(mixed, { direction: 'desc' }, 2)!;
    expect(desc.shown.slice(0, desc.exact)).to.deep.equal([3, 0]);
  });

  it('filters as selectRows does and only answers the name order without a search', () => {
    // grade A: rows 0, 3, 6 (i % 3 === 0): 北京A (6), 中兴 (0), Adams (3)
    const a = selectFirstRows(mixed, { grade: 'A' }, 1)!;
    expect(a.shown.slice(0, a.exact)).to.deep.equal([6]);
    expect([...a.shown].sort()).to.deep.equal([0, 3, 6]);
    expect(selectFirstRows(mixed, { text: 'bj' }, 2)).to.equal(undefined);
    expect(selectFirstRows(mixed, { sort: 'revenue' }, 2)).to.equal(undefined);
  });

  it('begins as selectRows on 6000 rows in both directions and with filters, making keys for a few rows only', () => {
    const rows = syntheticRows(6000);
    for (const selection of [{}, { direction: 'desc' as const }, { grade: 'B', region: '华北' }, { owner: 'rep-3', direction: 'desc' as const }]) {
      const prepared = prepareRows(rows.map((row) => ({ ...row })));
      const made = new Set<number>();
      const keyOf = prepared.keyOf.bind(prepared);
      prepared.keyOf = (i) => (made.add(i), keyOf(i));
      const first = selectFirstRows(prepared, selection, 100)!;
      const full = selectRows(prepareRows(rows), selection);
      expect(first.exact).to.equal(100);
      expect(first.shown.slice(0, 100), JSON.stringify(selection)).to.deep.equal(full.slice(0, 100));
      expect(first.shown.length).to.equal(full.length);
      // Every name starts with one of six cities (1000 rows each): only the first (or last) city's rows need a key.
      expect(made.size, JSON.stringify(selection)).to.be.at.most(1000);
    }
  });
});
