/**
 * Runs one hostile-input probe against the built package, in a process of its own (the test
 * starts it with a heap cap and a time limit), and prints { summary, ms } or { error } as JSON.
 *   node --max-old-space-size=512 --expose-gc test/hostile/run-probe.mjs <name>
 */
import { probes } from './probes.mjs';

const name = process.argv[2];
const probe = probes[name];
if (!probe) {
  console.log(JSON.stringify({ error: { name: 'UnknownProbe', message: name } }));
  process.exit(0);
}
const core = await import('../../dist/index.js');
const node = await import('../../dist/node.js');
const start = performance.now();
try {
  const summary = await probe({ core, node });
  console.log(JSON.stringify({ summary, ms: Math.round(performance.now() - start) }));
} catch (error) {
  console.log(JSON.stringify({ error: { name: error?.name, message: String(error?.message).slice(0, 300) }, ms: Math.round(performance.now() - start) }));
}
