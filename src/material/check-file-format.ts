/** The file's format: declared by name and MIME type, allowed for its kind, and what its bytes show. */
import { formatOfMimeType } from './declared-format.js';
import { report, type MaterialCheck } from './material-check.js';

export function checkFileFormat(check: MaterialCheck): void {
  const { material, constraints, declared } = check;
  const allowed = () => constraints.formats.map((f) => f.toUpperCase()).join('/');
  if (declared.mismatch) {
    report(check, 'material.format-mismatch', 'mimeType', {
      extension: declared.extension || '（无）',
      mimeType: material.mimeType ?? '',
      allowed: allowed(),
    });
  } else if (!declared.format || !constraints.formats.includes(declared.format)) {
    report(check, 'material.format-not-allowed', declared.extension ? 'fileName' : 'mimeType', {
      format: declared.format?.toUpperCase() ?? (declared.extension.toUpperCase() || material.mimeType || ''),
      allowed: allowed(),
    });
  }
  if (material.detectedMimeType !== undefined) {
    const actual = material.detectedMimeType.trim().toLowerCase();
    const actualFormat = formatOfMimeType(actual);
    if (actualFormat === undefined || (declared.format !== undefined && actualFormat !== declared.format)) {
      report(check, 'material.content-mismatch', 'detectedMimeType', {
        detected: actual || '（未知）',
        declared: material.mimeType ?? '',
        declaredFormat: declared.format?.toUpperCase() ?? '另一种格式',
        declaredFormatEn: declared.format?.toUpperCase() ?? 'another format',
        detectedFormat: actualFormat?.toUpperCase() ?? '其他格式',
        detectedFormatEn: actualFormat?.toUpperCase() ?? 'another format',
        allowed: allowed(),
      });
    }
  }
}
