/** Whether a scan can be read: size, resolution, legibility and page count (the seed's 清晰的扫描件). */
import { formatBytes } from './format-bytes.js';
import { report, type MaterialCheck } from './material-check.js';

export function checkScanQuality(check: MaterialCheck): void {
  const { material, constraints: c } = check;
  if (material.sizeBytes === 0) {
    report(check, 'material.empty', 'sizeBytes');
  } else if (material.sizeBytes !== undefined && material.sizeBytes > c.maxSizeBytes) {
    report(check, 'material.too-large', 'sizeBytes', { size: formatBytes(material.sizeBytes), limit: formatBytes(c.maxSizeBytes) });
  }
  if (material.legible === false) report(check, 'material.illegible', 'legible');

  const format = check.declared.format;
  const isImage = format === 'jpg' || format === 'png';
  const { widthPx, heightPx, dpi } = material;
  if (isImage && c.minShortSidePx !== undefined && widthPx !== undefined && heightPx !== undefined) {
    const shortSide = Math.min(widthPx, heightPx);
    if (shortSide < c.minShortSidePx) {
      report(check, 'material.resolution-too-low', 'widthPx', { actual: `${widthPx}×${heightPx} 像素`, actualEn: `${widthPx}×${heightPx} px`, required: `短边至少 ${c.minShortSidePx} 像素`, requiredEn: `at least ${c.minShortSidePx} px on the shorter side` });
    }
  }
  if (c.minDpi !== undefined && dpi !== undefined && dpi < c.minDpi) {
    report(check, 'material.resolution-too-low', 'dpi', { actual: `${dpi} dpi`, actualEn: `${dpi} dpi`, required: `至少 ${c.minDpi} dpi`, requiredEn: `at least ${c.minDpi} dpi` });
  }
  if (material.pages !== undefined) {
    if (c.minPages !== undefined && material.pages < c.minPages) report(check, 'material.too-few-pages', 'pages', { pages: material.pages, limit: c.minPages });
    if (c.maxPages !== undefined && material.pages > c.maxPages) report(check, 'material.too-many-pages', 'pages', { pages: material.pages, limit: c.maxPages });
  }
}
