import { describe, expect, it } from 'vitest';
import { detectFileType } from '../src/index.js';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

/** A ZIP local file header for an entry of that name, followed by its (empty) data. */
function zipEntry(name: string): number[] {
  const header = [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, name.length, 0, 0, 0];
  return [...header, ...Buffer.from(name, 'latin1')];
}

describe('detectFileType', () => {
  it.each([
    ['PDF', bytes('%PDF-1.7\n%âãÏÓ\n'), 'pdf', 'application/pdf', 'pdf'],
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF', [0]), 'jpg', 'image/jpeg', 'jpg'],
    ['PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d], 'IHDR'), 'png', 'image/png', 'png'],
    ['OFD', bytes(zipEntry('OFD.xml'), zipEntry('Doc_0/Document.xml')), 'ofd', 'application/ofd', 'ofd'],
  ])('recognises %s as an accepted format', (_label, data, type, mimeType, format) => {
    expect(detectFileType(data)).toEqual({ type, mimeType, extension: type, format });
  });

  it.each([
    ['DOCX', bytes(zipEntry('[Content_Types].xml'), zipEntry('word/document.xml')), 'docx'],
    ['XLSX', bytes(zipEntry('[Content_Types].xml'), zipEntry('xl/workbook.xml')), 'xlsx'],
    ['a plain ZIP', bytes(zipEntry('scan.jpg')), 'zip'],
    ['DOC', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'doc'],
    ['HEIC', bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic'), 'heic'],
    ['EXE', bytes('MZ', [0x90, 0, 3, 0, 0, 0]), 'exe'],
  ])('recognises %s as a wrong one', (_label, data, type) => {
    const detected = detectFileType(data);
    expect(detected?.type).toBe(type);
    expect(detected?.format).toBeUndefined();
  });

  it('accepts an ArrayBuffer or a plain array', () => {
    expect(detectFileType(bytes('%PDF-1.4').buffer)?.type).toBe('pdf');
    expect(detectFileType([...bytes('%PDF-1.4')])?.type).toBe('pdf');
  });

  it('answers undefined for empty or unknown bytes', () => {
    expect(detectFileType(new Uint8Array())).toBeUndefined();
    expect(detectFileType(bytes('just some text'))).toBeUndefined();
  });
});
