// RFC 4180 CSV output: CRLF line ends; a field is quoted when it holds a quote, a comma, CR or LF (quotes doubled
// inside). Null becomes an empty field. Readers tell an empty string from null only by the column's meaning.

export type CsvValue = string | number | boolean | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** Spreadsheets (Excel in particular) read a CSV as UTF-8 only when it starts with a byte order mark. */
export const utf8Bom = '\uFEFF';
