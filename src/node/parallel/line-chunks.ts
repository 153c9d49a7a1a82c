/**
 * The lines of a stream in chunks, each line with its number: what the NDJSON readers hand on at a
 * time. Blank lines are skipped (their numbers still count), a byte order mark and the \r of
 * Windows line ends are dropped. A line longer than INPUT_LIMITS.maxLineLength is not kept — its
 * number goes in `tooLong` — so a file without line breaks cannot exhaust memory. Reads the
 * stream's own chunks and splits them itself: several times faster than node:readline for files
 * of millions of lines.
 *
 * `validate --ndjson` splits in two steps: its reading thread only cuts the bytes at line ends
 * (byteLineChunks), and the thread that validates a chunk decodes it and reads its lines
 * (linesOfBytes) — so that decoding, the larger part of reading, is done on every core.
 */
import type { Readable } from 'node:stream';
import { INPUT_LIMITS } from '../../input/limits.js';

export interface LineChunk {
  /** Each line's text; empty for a line too long to keep. */
  lines: string[];
  /** The 1-based line number of each line. */
  numbers: number[];
  /** The numbers of the lines that were too long to keep. */
  tooLong: number[];
}

/** Whole lines as UTF-8, each with its \n (the last line of the input may lack it). */
export interface ByteLineChunk {
  bytes: Uint8Array;
  /** The number of the chunk's first line. */
  firstNumber: number;
  /** Lines too long to keep, known from their bytes alone: each is left in `bytes` as an empty line. */
  dropped: number[];
}

const MAX = INPUT_LIMITS.maxLineLength;
/** UTF-8 takes at most 3 bytes for each UTF-16 unit of a string: a line of more bytes has more than MAX characters. */
const MAX_BYTES = 3 * MAX;
const NEWLINE = 10;

/** Collects lines into a chunk as the readers find them. */
class LineCollector {
  chunk: LineChunk = { lines: [], numbers: [], tooLong: [] };
  constructor(public number: number) {}

  /** The next line, without its \n; `tooLong` when its text was already dropped for its length. */
  take(raw: string, tooLong = false): void {
    const number = ++this.number;
    if (tooLong || raw.length > MAX) {
      this.chunk.lines.push('');
      this.chunk.numbers.push(number);
      this.chunk.tooLong.push(number);
      return;
    }
    let line = raw.charCodeAt(raw.length - 1) === 13 ? raw.slice(0, -1) : raw;
    if (number === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    if (line.trim() === '') return;
    this.chunk.lines.push(line);
    this.chunk.numbers.push(number);
  }

  /** The chunk so far; the next lines go into a new one. */
  flush(): LineChunk {
    const { chunk } = this;
    this.chunk = { lines: [], numbers: [], tooLong: [] };
    return chunk;
  }
}

export async function* lineChunks(input: Readable, linesPerChunk: number): AsyncGenerator<LineChunk> {
  input.setEncoding('utf8');
  const collector = new LineCollector(0);
  let rest = '';
  /** The line being read has passed the limit: its text is dropped until its end. */
  let overlong = false;
  for await (const text of input as AsyncIterable<string>) {
    let start = 0;
    let end = text.indexOf('\n');
    if (end !== -1 && (rest !== '' || overlong)) {
      collector.take(rest + text.slice(0, end), overlong);
      rest = '';
      overlong = false;
      start = end + 1;
      end = text.indexOf('\n', start);
    }
    while (end !== -1) {
      collector.take(text.slice(start, end));
      start = end + 1;
      end = text.indexOf('\n', start);
    }
    if (!overlong) rest += text.slice(start);
    if (rest.length > MAX) {
      overlong = true;
      rest = '';
    }
    if (collector.chunk.lines.length >= linesPerChunk) yield collector.flush();
  }
  if (rest !== '' || overlong) collector.take(rest, overlong);
  if (collector.chunk.lines.length > 0) yield collector.flush();
}

// Not fatal: bytes that are not UTF-8 read as U+FFFD, as the stream's own decoding does. The BOM
// is kept for LineCollector to drop from the first line only.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** The lines of a ByteLineChunk, read as lineChunks reads them. */
export function linesOfBytes({ bytes, firstNumber, dropped }: ByteLineChunk): LineChunk {
  const text = decoder.decode(bytes);
  const collector = new LineCollector(firstNumber - 1);
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    collector.take(text.slice(start, end), dropped.length > 0 && dropped.includes(collector.number + 1));
    start = end + 1;
  }
  return collector.flush();
}

function joined(parts: Uint8Array[], length: number): Uint8Array {
  // A buffer of its own, exactly this long: a view into the stream's buffers would be copied whole when posted.
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/** The stream's bytes cut at line ends into chunks of `linesPerChunk` lines, blank lines included. */
export async function* byteLineChunks(input: Readable, linesPerChunk: number): AsyncGenerator<ByteLineChunk> {
  let parts: Uint8Array[] = [];
  let length = 0;
  let lines = 0;
  let firstNumber = 1;
  let dropped: number[] = [];
  /** The line being read, so far: pieces of the stream's buffers. */
  let pending: Uint8Array[] = [];
  let pendingLength = 0;
  let overlong = false;

  const endLine = (last: Uint8Array): void => {
    const number = firstNumber + lines++;
    if (overlong || pendingLength + last.length > MAX_BYTES + 1) {
      dropped.push(number);
      parts.push(EMPTY_LINE);
      length += 1;
    } else {
      for (const piece of pending) parts.push(piece);
      parts.push(last);
      length += pendingLength + last.length;
    }
    pending = [];
    pendingLength = 0;
    overlong = false;
  };
  const flush = (): ByteLineChunk => {
    const chunk = { bytes: joined(parts, length), firstNumber, dropped };
    firstNumber += lines;
    parts = [];
    length = 0;
    lines = 0;
    dropped = [];
    return chunk;
  };

  for await (const buffer of input as AsyncIterable<Buffer | string>) {
    const bytes = typeof buffer === 'string' ? Buffer.from(buffer) : buffer;
    let start = 0;
    let end = bytes.indexOf(NEWLINE);
    while (end !== -1) {
      endLine(bytes.subarray(start, end + 1));
      if (lines >= linesPerChunk) yield flush();
      start = end + 1;
      end = bytes.indexOf(NEWLINE, start);
    }
    if (!overlong && start < bytes.length) {
      // Copied: the stream may reuse its buffer for what it reads next.
      pending.push(new Uint8Array(bytes.subarray(start)));
      pendingLength += bytes.length - start;
      if (pendingLength > MAX_BYTES) {
        overlong = true;
        pending = [];
        pendingLength = 0;
      }
    }
  }
  if (pendingLength > 0 || overlong) endLine(new Uint8Array(0));
  if (lines > 0) yield flush();
}

const EMPTY_LINE = new Uint8Array([NEWLINE]);
