import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseIdNumber, upgradeFirstGenerationId, validateCreditCode } from '../src/index.js';
import { mod11CheckCharacter } from '../src/identity/mod11-2.js';
import { creditCodeCheckCharacter } from '../src/identity/credit-code.js';

describe('parseIdNumber', () => {
  it('accepts the example of GB 11643', () => {
    const r = parseIdNumber('11010519491231002X');
    expect(r.ok).toBe(true);
    expect(r.issues).toEqual([]);
    expect(r.value).toMatchObject({ kind: 'resident', birthDate: '1949-12-31', gender: 'female', addressCode: '110105' });
    expect(r.value?.region).toEqual({ code: '110105', name: '朝阳区', path: ['北京市', '朝阳区'] });
  });

  it('accepts a lower-case x and surrounding spaces', () => {
    expect(parseIdNumber(' 11010519491231002x ').value?.normalized).toBe('11010519491231002X');
  });

  it.each([
    ['', 'id.length'],
    ['5201021990030712', 'id.length'],
    ['5201021990030712366', 'id.length'],
    ['52010219900307123A', 'id.characters'],
    ['520102 199003071236', 'id.characters'],
    ['5201021990X3071236', 'id.characters'],
    ['520102199002301236', 'id.birth-date-invalid'],
    ['520102199013071236', 'id.birth-date-invalid'],
    ['520102199003071235', 'id.checksum'],
  ])('rejects %s with %s', (input, code) => {
    const r = parseIdNumber(input);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.code)).toContain(code);
    expect(r.issues.every((i) => i.severity === 'error' && i.message && i.messageEn)).toBe(true);
  });

  it('rejects a birth date after today only when today is given', () => {
    const id = '520102203001011319';
    expect(parseIdNumber(id).ok).toBe(true);
    expect(parseIdNumber(id, { today: '2026-11-20' }).issues.map((i) => i.code)).toEqual(['id.birth-date-future']);
  });

  it('reads residence permits of Hong Kong, Macao and Taiwan residents', () => {
    const make = (addr: string) => {
      const first = `${addr}19850101011`;
      return first + mod11CheckCharacter(first);
    };
    expect(parseIdNumber(make('810000')).value).toMatchObject({ kind: 'hk-permit', region: { code: '81', name: '香港特别行政区' } });
    expect(parseIdNumber(make('820000')).value).toMatchObject({ kind: 'macao-permit', region: { code: '82' } });
    expect(parseIdNumber(make('830000')).value).toMatchObject({ kind: 'taiwan-permit', region: { code: '71', name: '台湾省' } });
  });

  it('reads the 2023 foreign permanent residence ID without guessing a gender', () => {
    const r = parseIdNumber('931156197001010015');
    expect(r.value).toMatchObject({ kind: 'foreign-permanent', birthDate: '1970-01-01', issuingProvinceCode: '31', nationalityCode: '156' });
    expect(r.value?.gender).toBeUndefined();
    expect(r.value?.region?.name).toBe('上海市');
    expect(r.issues).toEqual([]);
  });

  it('warns when a foreign permanent residence ID names no province, as for an unknown address code', () => {
    for (const id of ['990426199112010074', '981156197001010014']) {
      const r = parseIdNumber(id);
      expect(r.ok).toBe(true);
      expect(r.issues.map((i) => [i.code, i.severity, i.params?.code])).toEqual([['id.province-code-unknown', 'warning', id.slice(1, 3)]]);
      expect(r.value?.region).toBeUndefined();
    }
  });

  it('answers a 15-digit first-generation number with its 18-digit form', () => {
    const r = parseIdNumber('520102900307123');
    expect(r.issues[0]).toMatchObject({ code: 'id.first-generation', params: { upgraded: '520102199003071236' } });
    expect(r.issues[0]!.suggestion).toContain('520102199003071236');
    expect(upgradeFirstGenerationId('520102900307123')).toBe('520102199003071236');
  });

  it('round-trips generated numbers: birth date, gender and address code survive', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('520102', '230102', '110105', '440111'),
        fc.date({ min: new Date('1930-01-01'), max: new Date('2010-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 999 }),
        (address, birth, sequence) => {
          const date = birth.toISOString().slice(0, 10);
          const first = `${address}${date.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
          const r = parseIdNumber(first + mod11CheckCharacter(first));
          expect(r.ok).toBe(true);
          expect(r.value?.birthDate).toBe(date);
          expect(r.value?.addressCode).toBe(address);
          expect(r.value?.gender).toBe(sequence % 2 === 1 ? 'male' : 'female');
          expect(r.value?.region?.code).toBe(address);
        },
      ),
    );
  });

  it('warns, without failing, about an address code that is no longer current, and names what it is now', () => {
    // 522101: 遵义地区遵义市, a county-level city until 1997, now 遵义市红花岗区.
    const r = parseIdNumber('522101199003071231');
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['id.address-code-unknown', 'warning']]);
    expect(r.value?.region?.name).toBe('红花岗区');
  });

  it('answers in English when asked', () => {
    expect(parseIdNumber('520102199003071235', { locale: 'en' }).issues[0]!.message).toBe('The check character of the identity number is wrong');
  });

  it('catches every single-digit typo', () => {
    const valid = '520102199003071236';
    for (let i = 0; i < 17; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === valid[i]) continue;
        const typo = valid.slice(0, i) + d + valid.slice(i + 1);
        expect(parseIdNumber(typo).ok, typo).toBe(false);
      }
    }
  });
});

describe('validateCreditCode', () => {
  it('accepts a valid code and reads its region', () => {
    expect(validateCreditCode('91350100M000100Y43')).toEqual({
      ok: true,
      value: { normalized: '91350100M000100Y43', regionCode: '350100', region: { code: '3501', name: '福州市', path: ['福建省', '福州市'] } },
      issues: [],
    });
  });

  it.each([
    ['91350100M000100Y4', 'credit-code.length'],
    ['91350100M000100Y44', 'credit-code.checksum'],
    ['91350100M0001O0Y43', 'credit-code.characters'],
    ['91350100M000100I43', 'credit-code.characters'],
  ])('rejects %s with %s', (input, code) => {
    expect(validateCreditCode(input).issues.map((i) => i.code)).toEqual([code]);
  });

  it('accepts any code whose check character is computed by the standard', () => {
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { minLength: 17, maxLength: 17 }), (chars) => {
        const first = chars.join('');
        expect(validateCreditCode(first + creditCodeCheckCharacter(first)).ok).toBe(true);
      }),
    );
  });
});
