/** The Markdown checklist an HR officer hands an employee: snapshots of the seed, and its safety as Markdown. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainRoute, formatChecklistMarkdown, validateTransfer } from '../src/index.js';
import { guiyangToHarbin, readJson, ROOT, TODAY } from './support/fixtures.js';

const CLI = join(ROOT, 'dist', 'cli.js');
/** The rule set's version changes with every rule edit; the snapshots are about the layout. */
const stable = (md: string) => md.replace(/sha-[0-9a-f]{8}/g, 'sha-00000000');

describe('formatChecklistMarkdown', () => {
  it('renders the seed application in Chinese', async () => {
    const md = formatChecklistMarkdown(validateTransfer(guiyangToHarbin(), { today: TODAY }));
    await expect(stable(md)).toMatchFileSnapshot('./__snapshots__/checklist-seed.zh.md');
  });

  it('renders the seed application in English', async () => {
    const md = formatChecklistMarkdown(validateTransfer(guiyangToHarbin(), { today: TODAY, locale: 'en' }), 'en');
    await expect(stable(md)).toMatchFileSnapshot('./__snapshots__/checklist-seed.en.md');
  });

  it('renders a route explanation with every possible outcome', async () => {
    const md = formatChecklistMarkdown(explainRoute({ from: '贵阳', to: '哈尔滨', date: TODAY, types: ['pension', 'housing-fund'] }));
    await expect(stable(md)).toMatchFileSnapshot('./__snapshots__/checklist-explain.zh.md');
  });

  it('ticks what was uploaded, names where to go, dates each step and cites the law', () => {
    const app = guiyangToHarbin();
    app.materials = app.materials.filter((m: { kind: string }) => m.kind !== 'pension-contribution-certificate');
    const md = formatChecklistMarkdown(validateTransfer(app, { today: TODAY }));
    expect(md).toContain('- [ ] **基本养老保险参保缴费凭证** — 出具：原参保地经办机构；须加盖公章；格式 PDF/OFD/JPG/PNG，不超过 5 MB（依据：国办发〔2009〕66号 第三条、第八条）');
    expect(md).toContain('**办理地点**：现参保地经办机构（黑龙江省哈尔滨市道里区）');
    expect(md).toContain('| 1 | 转入地审核并向原参保地发出同意接收函（联系函） | 现参保地经办机构 | 15 个工作日 | 2026-12-11 | 国办发〔2009〕66号 第八条 |');
    expect(md).toContain('## 需要处理的问题');
    expect(md).toMatch(/⚠️ 还有 \d+ 处错误需要先改正/);
  });

  it('escapes what would break the Markdown', () => {
    // Results share frozen pieces between calls: a copy is what a host edits.
    const result = structuredClone(validateTransfer(guiyangToHarbin(), { today: TODAY }));
    result.items[0]!.steps[0]!.name = '步骤 | 含竖线 *和星号* <b>';
    const md = formatChecklistMarkdown(result);
    expect(md).toContain('步骤 \\| 含竖线 \\*和星号\\* \\<b\\>');
    for (const row of md.split('\n').filter((l) => l.startsWith('| 1 |'))) expect(row.split(/(?<!\\)\|/).length).toBe(8);
  });

  it('handles a result with unresolved regions and no items', () => {
    const md = formatChecklistMarkdown(validateTransfer(readJson('fixtures/applications/faulty/region-guizhou-city.json'), { today: TODAY }));
    expect(md).toContain('（地区未能识别）');
    expect(md).toContain('无法识别的地区：贵州市');
  });
});

describe('--format md on the CLI', () => {
  it('prints the checklist for validate and explain', () => {
    const validate = spawnSync(process.execPath, [CLI, 'validate', 'fixtures/applications/guiyang-to-harbin.json', '--today', TODAY, '--format', 'md'], { cwd: ROOT, encoding: 'utf8' });
    expect(validate.status).toBe(0);
    expect(validate.stdout).toBe(formatChecklistMarkdown(validateTransfer(guiyangToHarbin(), { today: TODAY })));
    const explain = spawnSync(process.execPath, [CLI, 'explain', '--from', '贵阳', '--to', '哈尔滨', '--date', TODAY, '--format', 'md'], { cwd: ROOT, encoding: 'utf8' });
    expect(explain.status).toBe(0);
    expect(explain.stdout).toContain('**可能的结论**');
    const bad = spawnSync(process.execPath, [CLI, 'validate', 'fixtures/applications/guiyang-to-harbin.json', '--format', 'pdf'], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--format 只能是 text, json, md');
  });
});
