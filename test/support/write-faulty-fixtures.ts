/** Writes fixtures/applications/faulty/ from test/support/faulty-cases.ts (`npm run generate:fixtures`). */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FAULTY_CASES } from './faulty-cases.js';
import { renderFaultyFixtures } from './render-faulty-fixtures.js';

const dir = fileURLToPath(new URL('../../fixtures/applications/faulty/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const file of readdirSync(dir)) rmSync(`${dir}${file}`);
for (const [file, text] of Object.entries(renderFaultyFixtures())) writeFileSync(`${dir}${file}`, text);
console.log(`wrote ${FAULTY_CASES.length} faulty fixtures to ${dir}`);
