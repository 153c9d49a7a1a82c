/**
 * `validate --ndjson` cuts its input at line ends as bytes and reads each chunk's lines where it is
 * validated: whatever the bytes and however the stream delivers them, the lines, their numbers
 * and the lines too long to read are those of reading the stream as text.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Readable } from 'node:stream';
import { byteLineChunks, lineChunks, linesOfBytes, type LineChunk } from '../src/node/parallel/line-chunks.js';
import { INPUT_LIMITS } from '../src/input/limits.js';

/** The bytes as a stream delivering them in pieces cut at `cuts`. */
function streamOf(bytes: Uint8Array, cuts: number[]): Readable {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const pieces: Buffer[] = [];
  let start = 0;
  for (const end of [...at, bytes.length]) {
    if (end > start) pieces.push(Buffer.from(bytes.subarray(start, end)));
    start = end;
  }
  return Readable.from(pieces, { objectMode: false });
}

async function asText(bytes: Uint8Array, cuts: number[], size: number): Promise<LineChunk> {
  return merged(await collect(lineChunks(streamOf(bytes, cuts), size)));
}

async function asBytes(bytes: Uint8Array, cuts: number[], size: number): Promise<LineChunk> {
  const chunks = await collect(byteLineChunks(streamOf(bytes, cuts), size));
  for (const chunk of chunks) expect(chunk.bytes.byteOffset === 0 && chunk.bytes.buffer.byteLength === chunk.bytes.length).toBe(true);
  return merged(chunks.map(linesOfBytes));
}

async function collect<T>(chunks: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const chunk of chunks) all.push(chunk);
  return all;
}

function merged(chunks: LineChunk[]): LineChunk {
  return { lines: chunks.flatMap((c) => c.lines), numbers: chunks.flatMap((c) => c.numbers), tooLong: chunks.flatMap((c) => c.tooLong) };
}

const piece = fc.constantFrom('\n', '\r\n', '\r', '\uFEFF', '中', '😀', ' ', '{"a":1}', 'x', '', '\u00e9');
const text = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));
const cuts = fc.array(fc.nat(400), { maxLength: 8 });

describe('lines cut as bytes, read where they are validated', () => {
  it('are the lines of the text: numbers, blank lines, a BOM, \\r\\n, characters cut across pieces', async () => {
    await fc.assert(
      fc.asyncProperty(text, cuts, fc.integer({ min: 1, max: 5 }), async (t, c, size) => {
        const bytes = new TextEncoder().encode(t);
        expect(await asBytes(bytes, c, size)).toEqual(await asText(bytes, c, size));
      }),
      { numRuns: 500 },
    );
  });

  it('read bytes that are not UTF-8 as the text does', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), fc.integer({ min: 1, max: 4 }), async (bytes, size) => {
        // Whole pieces: how a decoder mends a character cut across pieces is its own affair.
        expect(await asBytes(bytes, [], size)).toEqual(await asText(bytes, [], size));
      }),
      { numRuns: 300 },
    );
  });

  it('drop a line too long to read, by its characters, whether its bytes already say so or not', async () => {
    const max = INPUT_LIMITS.maxLineLength;
    for (const long of ['x'.repeat(max + 1), '中'.repeat(max + 1), '中'.repeat(max - 10)]) {
      const bytes = new TextEncoder().encode(`{"a":1}\n${long}\n\n{"b":2}`);
      const expected = await asText(bytes, [5, 1 << 20], 2);
      expect(await asBytes(bytes, [5, 1 << 20], 2)).toEqual(expected);
      expect(expected.numbers).toEqual([1, 2, 4]);
      expect(expected.tooLong).toEqual(long.length > max ? [2] : []);
    }
  }, 60_000);
});
