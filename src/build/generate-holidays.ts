/**
 * Generates src/generated/holidays.json from the `chinese-days` package (a dev dependency): per year,
 * the weekdays that are statutory days off and the weekend days worked in lieu (调休), the only
 * days that differ from a plain week. Shipping these few hundred dates instead of the library keeps
 * its lunar calendar out of browser bundles and out of cold start. For the ten years after the last
 * published one it adds a predicted table (src/calendar/predict-holidays.ts), from the statutory days
 * and chinese-days' lunar dates and solar terms. Run with `npm run generate:holidays`
 * after upgrading chinese-days; a test fails while the file and the installed package disagree.
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { holidayTableFromChineseDays, predictedHolidayTable } from './holiday-table.js';

const require = createRequire(import.meta.url);
const pkg = require('chinese-days/package.json') as { version: string };

const target = fileURLToPath(new URL('../generated/holidays.json', import.meta.url));
const years = holidayTableFromChineseDays();
const predicted = predictedHolidayTable(years);
writeFileSync(target, JSON.stringify({ source: `chinese-days ${pkg.version}`, years, predicted }, null, 1) + '\n');
console.log(`wrote the holidays of ${Object.keys(years).length} years and the prediction of ${Object.keys(predicted).length} to ${target}`);
