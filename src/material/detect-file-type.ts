/**
 * detectFileType(): what a file really is, from its first bytes — so that a host can check the
 * file against the MIME type it was declared with. Signatures come from magic-bytes.js; a ZIP is
 * looked into, because OFD (the national e-document format of government e-certificates), DOCX
 * and XLSX are all ZIP archives told apart by the names of their entries.
 */
import { filetypeinfo } from 'magic-bytes.js';
import { FILE_FORMATS, FORMAT_SIGNATURES, type FileFormat } from '../policy/vocabulary.js';

export interface DetectedFileType {
  /** A short name: pdf, jpg, png, ofd, docx, doc, heic, exe, zip, … */
  type: string;
  mimeType: string;
  extension: string;
  /** One of the formats materials may have (pdf, jpg, png, ofd), if it is one. */
  format?: FileFormat;
}

const KNOWN: Record<string, Omit<DetectedFileType, 'format'>> = {
  // The accepted formats, as the vocabulary names them.
  ...Object.fromEntries(
    FILE_FORMATS.map((f) => [f, { type: f, mimeType: FORMAT_SIGNATURES[f].mimeTypes[0]!, extension: FORMAT_SIGNATURES[f].extensions[0]! }]),
  ),
  docx: { type: 'docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' },
  xlsx: { type: 'xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  pptx: { type: 'pptx', mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extension: 'pptx' },
  zip: { type: 'zip', mimeType: 'application/zip', extension: 'zip' },
  doc: { type: 'doc', mimeType: 'application/msword', extension: 'doc' },
  heic: { type: 'heic', mimeType: 'image/heic', extension: 'heic' },
  exe: { type: 'exe', mimeType: 'application/vnd.microsoft.portable-executable', extension: 'exe' },
};

/** magic-bytes.js type names that mean one of ours. */
const ALIASES: Record<string, string> = { jpeg: 'jpg', heif: 'heic', xls: 'doc', ppt: 'doc', msg: 'doc' };

const ZIP_ENTRY_NAMES: [RegExp, string][] = [
  [/OFD\.xml/, 'ofd'],
  [/word\//, 'docx'],
  [/xl\//, 'xlsx'],
  [/ppt\//, 'pptx'],
];

/** Reads the entry names of a ZIP's local file headers within the bytes given. */
function zipEntryNames(bytes: Uint8Array): string {
  const names: string[] = [];
  for (let i = 0; i + 30 <= bytes.length && names.length < 50; ) {
    if (bytes[i] !== 0x50 || bytes[i + 1] !== 0x4b || bytes[i + 2] !== 0x03 || bytes[i + 3] !== 0x04) break;
    const nameLength = bytes[i + 26]! | (bytes[i + 27]! << 8);
    const extraLength = bytes[i + 28]! | (bytes[i + 29]! << 8);
    const compressedSize = bytes[i + 18]! | (bytes[i + 19]! << 8) | (bytes[i + 20]! << 16) | (bytes[i + 21]! << 24);
    names.push(String.fromCharCode(...bytes.subarray(i + 30, Math.min(bytes.length, i + 30 + nameLength))));
    i += 30 + nameLength + extraLength + (compressedSize >>> 0);
  }
  return names.join('\n');
}

function withFormat(info: Omit<DetectedFileType, 'format'>): DetectedFileType {
  const format = FILE_FORMATS.find((f) => f === info.type);
  return format ? { ...info, format } : { ...info };
}

/** The signatures and ZIP entry names all lie within the first 64 KB. */
const HEAD_BYTES = 64 * 1024;

const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

/** The first bytes of what was given, or undefined for anything that is not bytes. */
function headOf(bytes: unknown): Uint8Array | undefined {
  if (bytes instanceof Uint8Array) return bytes.subarray(0, HEAD_BYTES);
  if (bytes instanceof ArrayBuffer) return new Uint8Array(bytes, 0, Math.min(bytes.byteLength, HEAD_BYTES));
  if (ArrayBuffer.isView(bytes)) return new Uint8Array(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, HEAD_BYTES));
  if (Array.isArray(bytes)) {
    const head = bytes.slice(0, HEAD_BYTES);
    return head.every((b) => Number.isInteger(b) && b >= 0 && b <= 255) ? Uint8Array.from(head as number[]) : undefined;
  }
  return undefined;
}

/**
 * The type of a file from its first bytes (a few kilobytes are enough), or undefined when the
 * bytes match no known signature — or when what was given is not bytes at all (a Uint8Array, an
 * ArrayBuffer, another typed array or DataView, or an array of numbers 0–255).
 * @example detectFileType(new TextEncoder().encode('%PDF-1.7')) // { type: 'pdf', mimeType: 'application/pdf', … }
 */
export function detectFileType(bytes: Uint8Array | ArrayBuffer | ArrayBufferView | number[]): DetectedFileType | undefined {
  const data = headOf(bytes);
  if (!data || data.length === 0) return undefined;
  const guesses = filetypeinfo(data).map((g) => own(ALIASES, g.typename) ?? g.typename);
  if (guesses.includes('zip')) {
    const names = zipEntryNames(data);
    const inner = ZIP_ENTRY_NAMES.find(([pattern]) => pattern.test(names))?.[1] ?? 'zip';
    return withFormat(own(KNOWN, inner)!);
  }
  const known = guesses.find((g) => own(KNOWN, g) !== undefined);
  if (known) return withFormat(own(KNOWN, known)!);
  const first = filetypeinfo(data)[0];
  if (!first) return undefined;
  return { type: first.typename, mimeType: first.mime ?? 'application/octet-stream', extension: first.extension ?? first.typename };
}
