// RFC 4180 CSV, enough for the reference data files: quoted fields, doubled quotes, commas and line breaks inside
// quotes. A dependency would be heavier than these thirty lines.

/** Rows of fields; the caller decides whether the first row is a header. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/u, '');
  for (let i = 0; i < input.length; i += 1) {
    const char = input[i]!;
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field.length === 0) quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Rows as records keyed by the header row; throws on a row whose width differs, so a broken file is loud. */
export function parseCsvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((fields, index) => {
    if (fields.length !== header.length) {
      throw new Error(`CSV row ${index + 2} has ${fields.length} fields, the header ${header.length}`);
    }
    return Object.fromEntries(header.map((name, column) => [name, fields[column]!]));
  });
}

function quoteField(value: string): string {
  return /[",\n\r]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

export function formatCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((fields) => fields.map(quoteField).join(',')).join('\n') + '\n';
}
