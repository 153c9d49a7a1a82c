/**
 * Entries of a file of stored data, fed one at a time: a `.json` file holds one value (an array's
 * items are its entries); anything else — and standard input, `-` — is NDJSON, read a line at a
 * time so that a file of gigabytes never sits in memory. A line that is not JSON (or is longer
 * than INPUT_LIMITS.maxLineLength) is handed to `bad` with its line number, and the reading goes
 * on; blank lines are skipped. Lines are split by lineChunks, as in `validate --ndjson`.
 */
import { BilingualError } from './bilingual-error.js';
import { createReadStream } from 'node:fs';
import { INPUT_LIMITS } from '../input/limits.js';
import { lineChunks } from './parallel/line-chunks.js';

export class UnreadableInputError extends BilingualError {
  constructor(message: string, messageZh = message) {
    super(message, messageZh);
    this.name = 'UnreadableInputError';
  }
}

export type BadLine = { kind: 'too-long'; max: number } | { kind: 'not-json'; detail: string; position?: number };

export interface JsonEntryHandlers {
  value(value: unknown, line: number): void;
  /** A line that cannot be read: too long to read, or not JSON (with what the parser said). */
  bad(line: number, reason: BadLine): void;
  /** The whole text of a `.json` file (read by the caller, who knows its encodings and errors). */
  readWhole(file: string): string;
}

export async function readJsonEntries(file: string, handlers: JsonEntryHandlers): Promise<void> {
  if (/\.json$/i.test(file)) {
    const text = handlers.readWhole(file);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const detail = (error as Error).message.slice(0, 200);
      throw new UnreadableInputError(`${file} is not valid JSON: ${detail}`, `${file} 不是有效的 JSON：${detail}`);
    }
    (Array.isArray(value) ? value : [value]).forEach((v, i) => handlers.value(v, i + 1));
    return;
  }
  const input = file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
  if (file !== '-') {
    await new Promise<void>((resolve, reject) => (input as ReturnType<typeof createReadStream>).once('open', () => resolve()).once('error', reject)).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'ENOENT'
        ? new UnreadableInputError(`cannot read ${file}: no such file`, `无法读取 ${file}：文件不存在`)
        : new UnreadableInputError(`cannot read ${file}: ${error.code ?? error.message}`, `无法读取 ${file}：${error.code ?? error.message}`);
    });
  }
  for await (const { lines, numbers, tooLong } of lineChunks(input, 1000)) {
    for (let i = 0; i < lines.length; i++) {
      const n = numbers[i]!;
      if (tooLong.length > 0 && tooLong.includes(n)) {
        handlers.bad(n, { kind: 'too-long', max: INPUT_LIMITS.maxLineLength });
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(lines[i]!);
      } catch (error) {
        const detail = (error as Error).message.slice(0, 120);
        const position = /position (\d+)/.exec(detail)?.[1];
        handlers.bad(n, position === undefined ? { kind: 'not-json', detail } : { kind: 'not-json', detail, position: Number(position) + 1 });
        continue;
      }
      handlers.value(value, n);
    }
  }
}
