/** Writes fixtures/cases/open-cases.ndjson from test/support/render-case-fixtures.ts (`npm run generate:fixtures`). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderCaseFixtures } from './render-case-fixtures.js';

const file = fileURLToPath(new URL('../../fixtures/cases/open-cases.ndjson', import.meta.url));
writeFileSync(file, renderCaseFixtures());
console.log(`wrote ${file}`);
