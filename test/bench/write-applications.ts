/** Writes `count` generated applications as NDJSON, in blocks so that memory stays small. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { generateApplications } from '../support/generate-applications.js';

export async function writeApplications(file: string, count: number, seed = 20261127): Promise<void> {
  const out = createWriteStream(file);
  const block = 10_000;
  for (let start = 0; start < count; start += block) {
    const apps = generateApplications(Math.min(block, count - start), seed + start);
    if (!out.write(`${apps.map((a) => JSON.stringify(a)).join('\n')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
