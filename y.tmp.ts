import { createReadStream } from 'node:fs';
import { lineChunks } from './src/node/parallel/line-chunks.js';
import { MessageChannel } from 'node:worker_threads';
const t0 = performance.now();
let n = 0;
const { port1, port2 } = new MessageChannel();
port2.on('message', () => {});
for await (const c of lineChunks(createReadStream('/tmp/apps.ndjson', { highWaterMark: 1 << 20 }), 250)) { n += c.lines.length; port1.postMessage({ kind: 'lines', ...c }); }
console.log('chunk+post', n, (performance.now() - t0).toFixed(0), 'ms');
const t1 = performance.now();
for await (const c of lineChunks(createReadStream('/tmp/apps.ndjson', { highWaterMark: 1 << 20 }), 250)) { for (const l of c.lines) JSON.parse(l); }
console.log('chunk+parse', (performance.now() - t1).toFixed(0), 'ms');
port1.close();
