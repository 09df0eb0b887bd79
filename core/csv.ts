/**
 * CSV cells a spreadsheet opens safely. A cell that begins with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is run as a formula by Excel, LibreOffice and Google Sheets (CSV injection:
 * `=HYPERLINK(…)`, `=cmd|…`), so it gets a leading `'`, which they show as text; a cell holding
 * a separator, a quote or a line break is quoted (RFC 4180).
 */

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line from its cells. */
export const csvRow = (cells: readonly string[]): string => cells.map(csvCell).join(',');
