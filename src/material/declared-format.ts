/** The file format a material declares by its file name and MIME type, and whether the two agree. */
import { FILE_FORMATS, FORMAT_SIGNATURES, type FileFormat } from '../policy/vocabulary.js';

export interface DeclaredFormat {
  /** Lower-case extension without the dot; empty when the name has none. */
  extension: string;
  /** The accepted format both name and type point to, if any. */
  format?: FileFormat;
  /** The name says one thing and the MIME type another. */
  mismatch: boolean;
}

const BY_EXTENSION = new Map(FILE_FORMATS.flatMap((f) => FORMAT_SIGNATURES[f].extensions.map((e) => [e, f] as const)));
const BY_MIME_TYPE = new Map(FILE_FORMATS.flatMap((f) => FORMAT_SIGNATURES[f].mimeTypes.map((m) => [m, f] as const)));

function byExtension(extension: string): FileFormat | undefined {
  return BY_EXTENSION.get(extension);
}

/** The accepted format a (lower-case) MIME type stands for, if any. */
export function formatOfMimeType(mimeType: string): FileFormat | undefined {
  return BY_MIME_TYPE.get(mimeType);
}

/** Answers by MIME type, then extension as written (JPG and jpg alike): a host uploads the same few pairs all day. */
const answers = new Map<string, Map<string, Readonly<DeclaredFormat>>>();
let answerCount = 0;
const MAX_ANSWERS = 256;

/** What a file name and MIME type declare (frozen: the answer for a pair is shared). */
export function detectDeclaredFormat(fileName: string | undefined, mimeType: string | undefined): Readonly<DeclaredFormat> {
  const name = (fileName ?? '').trim();
  const dot = name.lastIndexOf('.');
  const written = dot > 0 ? name.slice(dot + 1) : '';
  const mime = mimeType ?? '';
  let byExtension = answers.get(mime);
  let answer = byExtension?.get(written);
  if (!answer) {
    answer = Object.freeze(declare(written.toLowerCase(), mimeType));
    if (answerCount >= MAX_ANSWERS) {
      answers.clear();
      answerCount = 0;
      byExtension = undefined;
    }
    if (!byExtension) answers.set(mime, (byExtension = new Map()));
    byExtension.set(written, answer);
    answerCount++;
  }
  return answer;
}

function declare(extension: string, mimeType: string | undefined): DeclaredFormat {
  const raw = (mimeType ?? '').toLowerCase();
  const semicolon = raw.indexOf(';');
  const mime = (semicolon === -1 ? raw : raw.slice(0, semicolon)).trim();
  const fromName = extension ? byExtension(extension) : undefined;
  const fromType = mime ? formatOfMimeType(mime) : undefined;
  const result: DeclaredFormat = { extension, mismatch: false };
  // Both were declared and they disagree, and at least one is a format we know: a renamed file.
  if (extension && mime && fromName !== fromType && (fromName || fromType)) {
    result.mismatch = true;
    return result;
  }
  const format = fromName ?? fromType;
  if (format) result.format = format;
  return result;
}
