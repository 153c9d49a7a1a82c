/** One line of CSV (RFC 4180): a cell with a comma, quote or line break is quoted, quotes doubled. */
export function csvLine(cells: unknown[]): string {
  return `${cells
    .map((cell) => {
      const text = cell === null || cell === undefined ? '' : String(cell);
      return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(',')}\r\n`;
}

/** The byte-order mark that makes Excel open a UTF-8 CSV as UTF-8 (and so read Chinese). */
export const UTF8_BOM = '\uFEFF';
