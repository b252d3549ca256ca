import { describe, expect, it } from 'vitest';
import { pinyinInitials } from './pinyin-initials.js';

describe('pinyinInitials', () => {
  it('gives one initial per Chinese character', () => {
    // 华 hua, 为 wei, 技 ji, 术 shu, 有 you, 限 xian, 公 gong, 司 si
    expect(pinyinInitials('华为技术有限公司')).toBe('hwjsyxgs');
  });
  it('reads polyphones in context', () => {
    // 重 is chong in 重庆 (not zhong); 行 is hang in 银行 (not xing)
    expect(pinyinInitials('重庆银行')).toBe('cqyh');
  });
  it('keeps Latin letters and digits lower-cased and drops the rest', () => {
    expect(pinyinInitials('ABC 公司')).toBe('abcgs');
    expect(pinyinInitials('（北京）3M 科技')).toBe('bj3mkj');
    expect(pinyinInitials('Huawei Technologies')).toBe('huaweitechnologies');
    expect(pinyinInitials('')).toBe('');
  });
  it('sorts Chinese names in pinyin order', () => {
    const names = ['张伟', '安琪', '王芳', '李娜'];
    // an (a) < li (l) < wang (w) < zhang (z)
    expect([...names].sort((a, b) => pinyinInitials(a).localeCompare(pinyinInitials(b)))).toEqual(['安琪', '李娜', '王芳', '张伟']);
  });
});
