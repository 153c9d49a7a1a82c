/**
 * The input schemas are built when validation first needs them: an application that meets the
 * contract is read without zod, so `shebao-transfer/validate` starts without building them. This
 * file imports the validation entry's source alone (vitest isolates each test file) and counts the
 * zod object schemas made.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const made = vi.hoisted(() => ({ objects: 0 }));
vi.mock('zod/mini', async (original) => {
  const zod = await original<typeof import('zod/mini')>();
  return {
    ...zod,
    object: (...args: Parameters<typeof zod.object>) => {
      made.objects++;
      return zod.object(...args);
    },
  };
});

const { validateTransfer } = await import('../src/validate.js');
const guiyangToHarbin = JSON.parse(readFileSync(new URL('../fixtures/applications/guiyang-to-harbin.json', import.meta.url), 'utf8'));

describe('the input schemas, on demand', () => {
  it('are not built by loading validation, nor by validating an application that meets the contract', () => {
    expect(made.objects).toBe(0);
    expect(validateTransfer(guiyangToHarbin, { today: '2026-11-20' }).ok).toBe(true);
    expect(made.objects).toBe(0);
  });

  it('are built, once, for the first application that does not, and report its fault as before', () => {
    const broken = { ...guiyangToHarbin, applicationDate: '2026-02-30' };
    const first = validateTransfer(broken, { today: '2026-11-20' });
    expect(first.issues.map((i) => [i.code, i.path.join('.')])).toContainEqual(['date.invalid', 'applicationDate']);
    const built = made.objects;
    expect(built).toBeGreaterThan(0);
    validateTransfer(broken, { today: '2026-11-20' });
    expect(made.objects).toBe(built);
  });
});
