/**
 * The single-thread baseline of the NDJSON bench: this process reads the file a chunk at a time,
 * and for each line runs JSON.parse and validateTransfer — no worker, no output.
 *   node test/bench/ndjson-loop.mjs FILE TODAY
 */
import { createReadStream } from 'node:fs';
import { validateTransfer } from '../../dist/index.js';

const [file, today] = process.argv.slice(2);
let rest = '';
let count = 0;
for await (const text of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
  const lines = (rest + text).split('\n');
  rest = lines.pop();
  for (const line of lines) {
    if (line.trim() === '') continue;
    validateTransfer(JSON.parse(line), { today });
    count++;
  }
}
if (rest.trim() !== '') {
  validateTransfer(JSON.parse(rest), { today });
  count++;
}
process.stdout.write(`${count}\n`);
