import { describe, expect, it } from 'vitest';
import { personName, type Person } from './person.js';

const people: readonly Person[] = [
  { id: 'R037', name: '王芳', nameEn: 'Wang Fang', role: '销售代表', team: '华东一组', territory: '浙江' },
  { id: 'M001', name: '陈静' },
  { id: 'R012', name: '李雷', nameEn: '  ', active: false },
];

describe('personName', () => {
  it('gives the Chinese name in zh-CN and the English name in en', () => {
    expect(personName(people, 'R037', 'zh-CN')).toBe('王芳');
    expect(personName(people, 'R037', 'en')).toBe('Wang Fang');
  });

  it('falls back to the name in en when no (or a blank) English name is given', () => {
    expect(personName(people, 'M001', 'en')).toBe('陈静');
    expect(personName(people, 'R012', 'en')).toBe('李雷');
  });

  it('still names someone who has left', () => {
    expect(personName(people, 'R012', 'zh-CN')).toBe('李雷');
  });

  it('reads a directory given as a map', () => {
    const map = new Map(people.map((person) => [person.id, person]));
    expect(personName(map, 'R037', 'en')).toBe('Wang Fang');
    expect(personName(map, 'M001', 'zh-CN')).toBe('陈静');
  });

  it('says "unassigned" for no id, a blank id and the id unassigned', () => {
    expect(personName(people, undefined, 'zh-CN')).toBe('未分配');
    expect(personName(people, '', 'en')).toBe('Unassigned');
    expect(personName(people, ' ', 'en')).toBe('Unassigned');
    expect(personName(people, 'unassigned', 'zh-CN')).toBe('未分配');
    expect(personName(people, 'unassigned', 'en')).toBe('Unassigned');
  });

  it('names the system actors in the locale', () => {
    expect(personName(people, 'system', 'zh-CN')).toBe('系统');
    expect(personName(people, 'import', 'zh-CN')).toBe('导入');
    expect(personName(people, 'grading', 'zh-CN')).toBe('评级');
    expect(personName(undefined, 'system', 'en')).toBe('System');
    expect(personName(undefined, 'import', 'en')).toBe('Import');
    expect(personName(undefined, 'grading', 'en')).toBe('Grading');
  });

  it('never shows an unknown id: it reads "unknown person"', () => {
    expect(personName(people, 'R999', 'zh-CN')).toBe('未知人员');
    expect(personName(people, 'R999', 'en')).toBe('Unknown person');
    expect(personName(undefined, 'R037', 'zh-CN')).toBe('未知人员');
    expect(personName([], 'R037', 'en')).toBe('Unknown person');
  });

  it('sees a person added to a new list (the index belongs to the list, not the ids)', () => {
    expect(personName(people, 'R100', 'zh-CN')).toBe('未知人员');
    const more = [...people, { id: 'R100', name: '赵敏' }];
    expect(personName(more, 'R100', 'zh-CN')).toBe('赵敏');
  });
});
