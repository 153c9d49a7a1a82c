/**
 * A nightly batch over NDJSON (one application per line), on worker threads:
 *
 *   node validate-ndjson.mjs applications.ndjson --out results.ndjson --rejected rejected.csv
 *        [--today 2026-11-20] [--jobs 3] [--locale en]
 *
 * Writes one line per input line to --out: { line, id, ok, result } (or { line, error } for a line
 * that is not JSON), a CSV of the applications with errors for the people who fix them, and a
 * summary on stdout. The file is read a line at a time, so its size does not matter. Exit code:
 * 0 when every application passed, 1 when some have errors, 2 when it could not run.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { validateParallel } from 'shebao-transfer/node';

function csvCell(value) {
  const text = String(value ?? '');
  return /[",\n\r]/.test(text) || /^[=+\-@]/.test(text) ? `"${text.replace(/^([=+\-@])/, "'$1").replace(/"/g, '""')}"` : text;
}

async function write(stream, text) {
  if (!stream.write(text)) await once(stream, 'drain');
}

export async function validateNdjson({ input, out, rejected, today, jobs, locale = 'zh-CN' }) {
  const lines = createInterface({ input: createReadStream(input, 'utf8'), crlfDelay: Infinity });
  /** Line numbers and ids of what went to the validator, in order; bad lines wait here for their turn. */
  const sent = [];
  async function* applications() {
    let number = 0;
    for await (const text of lines) {
      number++;
      if (text.trim() === '') continue;
      try {
        const application = JSON.parse(text);
        sent.push({ line: number, id: typeof application?.id === 'string' ? application.id : undefined });
        yield application;
      } catch (error) {
        sent.push({ line: number, error: `not JSON: ${error.message}` });
      }
    }
  }

  const results = createWriteStream(out);
  const csv = createWriteStream(rejected);
  await write(csv, '\uFEFFline,id,code,field,message\n'); // the BOM lets Excel read the Chinese
  let unreadable = 0;
  const flushBadLines = async () => {
    while (sent.length > 0 && sent[0].error) {
      const bad = sent.shift();
      unreadable++;
      await write(results, `${JSON.stringify({ line: bad.line, error: bad.error })}\n`);
      await write(csv, `${bad.line},,input.invalid-json,,${csvCell(bad.error)}\n`);
    }
  };

  const run = validateParallel(applications(), { today, jobs, locale });
  for await (const result of run) {
    await flushBadLines();
    const { line, id } = sent.shift();
    await write(results, `${JSON.stringify({ line, id, ok: result.ok, result })}\n`);
    for (const issue of result.issues) {
      if (issue.severity !== 'error') continue;
      await write(csv, `${line},${csvCell(id)},${issue.code},${csvCell(issue.path.join('.'))},${csvCell(issue.message)}\n`);
    }
  }
  await flushBadLines();
  results.end();
  csv.end();
  await Promise.all([once(results, 'finish'), once(csv, 'finish')]);
  return { summary: run.summary, unreadable };
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'results.ndjson' },
      rejected: { type: 'string', default: 'rejected.csv' },
      today: { type: 'string' },
      jobs: { type: 'string' },
      locale: { type: 'string', default: 'zh-CN' },
    },
  });
  if (positionals.length !== 1) throw new Error('usage: node validate-ndjson.mjs applications.ndjson [--out F] [--rejected F] [--today YYYY-MM-DD] [--jobs N]');
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  const { summary, unreadable } = await validateNdjson({ input: positionals[0], ...values, jobs });
  console.log(JSON.stringify({ applications: summary.applications, ok: summary.ok, withErrors: summary.withErrors, unreadable, topIssues: summary.issues.slice(0, 5) }, null, 2));
  process.exitCode = summary.withErrors > 0 || unreadable > 0 ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error.message);
    process.exitCode = 2;
  });
}
