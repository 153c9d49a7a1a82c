/**
 * The API report: the public surface of each entry's type declarations, as @microsoft/api-extractor
 * writes it, checked in under docs/api-report/. `npm run api-report` rewrites the reports after an
 * intended change; test/package/api-report.test.ts fails while the build and the reports differ.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Extractor, ExtractorConfig, ExtractorLogLevel } from '@microsoft/api-extractor';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const API_ENTRIES = { 'shebao-transfer': 'index', 'shebao-transfer-validate': 'validate', 'shebao-transfer-node': 'node', 'shebao-transfer-browser': 'browser' } as const;

export interface ReportOutcome {
  name: string;
  file: string;
  /** The report the build gives now. */
  report: string;
  /** Whether it equals the one checked in. */
  same: boolean;
}

/** Builds each entry's report from dist/; with `update`, writes it over the checked-in one. */
export function apiReports(update: boolean): ReportOutcome[] {
  const scratch = mkdtempSync(join(tmpdir(), 'shebao-api-'));
  return Object.entries(API_ENTRIES).map(([name, entry]) => {
    const file = join(ROOT, 'docs/api-report', `${name}.api.md`);
    const config = ExtractorConfig.prepare({
      configObject: {
        projectFolder: ROOT,
        mainEntryPointFilePath: join(ROOT, `dist/${entry}.d.ts`),
        compiler: { overrideTsconfig: { compilerOptions: { strict: true, skipLibCheck: true, module: 'esnext', moduleResolution: 'bundler', target: 'es2022', lib: ['es2022', 'dom'], types: [] } } },
        apiReport: { enabled: true, reportFileName: `${name}.api.md`, reportFolder: join(ROOT, 'docs/api-report'), reportTempFolder: scratch },
        docModel: { enabled: false },
        dtsRollup: { enabled: false },
        tsdocMetadata: { enabled: false },
        messages: {
          extractorMessageReporting: { default: { logLevel: ExtractorLogLevel.None }, 'ae-missing-release-tag': { logLevel: ExtractorLogLevel.None } },
          compilerMessageReporting: { default: { logLevel: ExtractorLogLevel.Warning } },
          tsdocMessageReporting: { default: { logLevel: ExtractorLogLevel.None } },
        },
        newlineKind: 'lf',
      },
      configObjectFullPath: join(ROOT, 'api-extractor.json'),
      packageJsonFullPath: join(ROOT, 'package.json'),
    });
    const result = Extractor.invoke(config, { localBuild: update, showVerboseMessages: false, messageCallback: (m) => void (m.handled = m.logLevel === ExtractorLogLevel.None) });
    if (!result.succeeded && result.errorCount > 0) throw new Error(`api-extractor failed on dist/${entry}.d.ts (${result.errorCount} errors)`);
    const report = readFileSync(join(scratch, `${name}.api.md`), 'utf8');
    return { name, file, report, same: !result.apiReportChanged };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const outcome of apiReports(true)) console.log(`${outcome.same ? 'unchanged' : 'updated  '} ${outcome.file}`);
}
