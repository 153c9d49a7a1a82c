/**
 * Every document has a Chinese twin kept in step with it: the same sections at the same levels,
 * the same API headings, the same code blocks, and links that lead somewhere.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/fixtures.js';
import { codeBlocks, DOC_PAIRS, headings, readDoc, relativeLinks } from './support/markdown.js';

describe.each(DOC_PAIRS)('%s and %s', (english, chinese) => {
  const en = readDoc(english);
  const zh = readDoc(chinese);

  it('have the same sections at the same levels, API headings word for word', () => {
    const a = headings(en);
    const b = headings(zh);
    expect(b.map((h) => h.level), 'heading levels').toEqual(a.map((h) => h.level));
    a.forEach((h, i) => {
      if (/^[a-zA-Z]\w*\(/.test(h.text)) expect(b[i]!.text).toBe(h.text);
    });
  });

  it('have the same code blocks', () => {
    expect(codeBlocks(zh).map(({ info, code }) => ({ info, code }))).toEqual(codeBlocks(en).map(({ info, code }) => ({ info, code })));
  });

  it('the Chinese one is in Chinese', () => {
    const prose = zh.replace(/```[\s\S]*?```/g, '').replace(/`[^`]*`/g, '');
    const han = (prose.match(/[\u4e00-\u9fff]/g) ?? []).length;
    const latin = (prose.match(/[A-Za-z]/g) ?? []).length;
    expect(han, 'Chinese characters outside code').toBeGreaterThan(latin * 0.3);
  });

  it.each([english, chinese])('%s links only to files that exist', (doc) => {
    for (const target of relativeLinks(readDoc(doc))) expect(existsSync(join(ROOT, dirname(doc), target)), `${doc} → ${target}`).toBe(true);
  });
});
