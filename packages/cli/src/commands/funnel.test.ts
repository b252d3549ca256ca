import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dossier, workspace } from '../testing-fixtures/harness.js';

const archive = {
  customer: [
    { id: 'c1', industry: '教育软件', leadIntent: 'A' },
    { id: 'c2', industry: '教育软件', leadIntent: 'B' },
    { id: 'c3', industry: '教学硬件', leadIntent: 'D' },
    { id: 'c4', industry: '互联网', leadIntent: 'A' },
    { id: 'c5', industry: '教学硬件', grade: { current: 'A', provisional: false } },
    { id: 'c6', industry: '教育软件', funnelStage: 'qualified' },
    { id: 'c7', industry: '教学硬件', leadIntent: 'C', grade: { current: 'B', provisional: false } },
  ],
};

describe('dossier funnel', () => {
  it('reports the funnel by the policy file in en and zh-CN (4 of 7 qualified, 2 of 4 key accounts)', async () => {
    const ws = workspace();
    ws.file('archive.json', JSON.stringify(archive));
    ws.file('funnel.json', JSON.stringify({ targetIndustries: ['教育软件', '教学硬件'] }));
    const en = await dossier(['funnel', '--archive', 'archive.json', '--policy', 'funnel.json'], { cwd: ws.dir });
    expect(en.stderr).toBe('');
    expect(en.stdout).toBe(
      [
        'Lead funnel of 7 customers:',
        '  Undifferentiated: 7 reached, 3 at this stage (A 1, B 0, C 0, D 1, no intent 1)',
        '  Qualified: 4 reached (57.1 % of all), 2 at this stage (A 0, B 1, C 1, D 0, no intent 0)',
        '  Key account: 2 reached (50 % of qualified), 2 at this stage (A 1, B 0, C 0, D 0, no intent 1)',
        'Recorded stage differs from the rules (1):',
        '  c6: recorded Qualified, by the rules Undifferentiated (in a target industry; no intent class recorded)',
        '',
      ].join('\n'),
    );
    const zh = await dossier(['funnel', '--archive', 'archive.json', '--policy', 'funnel.json', '--locale', 'zh-CN', '--out', 'funnel.txt'], { cwd: ws.dir });
    expect(zh.status).toBe(0);
    const text = readFileSync(join(ws.dir, 'funnel.txt'), 'utf8');
    expect(text).toContain('  合格客户：累计 4（占全部 57.1 %），本阶段 2（A 0，B 1，C 1，D 0，无意向 0）');
    expect(text).toContain('  c6：记录为合格客户，按规则为无差别客户（属于目标行业；未记录意向等级）');
  });

  it('writes JSON, and refuses a bad policy naming the member', async () => {
    const ws = workspace();
    ws.file('archive.json', JSON.stringify(archive));
    const json = await dossier(['funnel', '--archive', 'archive.json', '--format', 'json'], { cwd: ws.dir });
    // Without target industries every industry counts: c4 (intent A) is a key account too.
    expect((JSON.parse(json.stdout) as { stages: { reached: number }[] }).stages.map((s) => s.reached)).toEqual([7, 5, 3]);
    ws.file('bad.json', JSON.stringify({ qualifiedIntents: ['A', 'E'] }));
    const bad = await dossier(['funnel', '--archive', 'archive.json', '--policy', 'bad.json'], { cwd: ws.dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/“qualifiedIntents” must be a list/);
  });
});
