/** A worker thread of validateParallel: compiles the parent's rules once, then validates chunks. */
import { parentPort, workerData } from 'node:worker_threads';
import { getBundledPolicies } from '../../policy/bundled-policies.js';
import { compilePolicies } from '../../policy/compile-policy-set.js';
import { validateWith } from '../../validate-transfer.js';
import { batchStore } from '../../batch/validate-batch.js';
import type { WorkerReply, WorkerSetup, WorkerTask } from './protocol.js';
import { validateLineBytes } from './validate-lines.js';

const port = parentPort!;
const setup = workerData as WorkerSetup;

function start(): void {
  const set = setup.source ? compilePolicies(setup.source.documents, setup.source.materials, { calendar: setup.source.calendar }) : getBundledPolicies();
  if (set.version !== setup.version) throw new Error(`the worker compiled rule set ${set.version}, not ${setup.version}`);
  const options = { today: setup.today, locale: setup.locale };
  const plans = batchStore(setup.planCacheSize);
  const validate = (application: unknown) => validateWith(application, options, set, plans);
  port.on('message', (task: WorkerTask) => {
    if (task.kind === 'lines') {
      const reply: WorkerReply = { id: task.id, kind: 'lines', ...validateLineBytes(task, validate, set, setup.locale, task.output) };
      // The bytes move to the parent without a copy.
      port.postMessage(reply, [reply.bytes.buffer as ArrayBuffer]);
    } else {
      port.postMessage({ id: task.id, kind: 'applications', results: task.applications.map(validate) } satisfies WorkerReply);
    }
  });
}

try {
  start();
} catch (error) {
  port.postMessage({ id: -1, kind: 'failed', message: (error as Error).message } satisfies WorkerReply);
}
