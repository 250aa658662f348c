// Publication times. A stored instant must be one the source actually gave: an ISO 8601 or RFC 2822 date-time
// with its UTC offset. A missing, unparsable, offset-less or date-only value gives null unless the caller knows the
// source's UTC offset (a date-only value then means local midnight there) — the hour or the zone is never guessed.
// Times in the future beyond a small clock skew are refused as well: they are publishers' errors or embargoes.

export const DEFAULT_FUTURE_SKEW_MS = 10 * 60 * 1000;

export interface PublishedAtOptions {
  /** The reference "now"; the injected clock keeps this pure. */
  now: Date;
  /** How far ahead of `now` a time may be and still be accepted (clock skew between servers). */
  futureSkewMs?: number;
  /** The source's UTC offset as `±HH:MM`, when known: lets date-only and offset-less values be read. */
  sourceUtcOffset?: string;
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/iu;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;
/** RFC 2822 as feeds write it: `Mon, 05 Jun 2023 10:00:00 -0400` (the offset or a zone name is required). */
const RFC_2822 =
  /^(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{2}:\d{2}(?::\d{2})?\s+(?:[+-]\d{4}|GMT|UT|UTC|Z)$/u;
const OFFSET = /^[+-]\d{2}:\d{2}$/u;

function isRealCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function normaliseOffset(offset: string): string {
  if (offset.toUpperCase() === 'Z') return 'Z';
  return offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
}

function parse(value: string, sourceUtcOffset: string | undefined): Date | null {
  const iso = ISO_DATE_TIME.exec(value);
  if (iso) {
    const [, year, month, day, hour, minute, second = '00', fraction = '', zone] = iso;
    if (!isRealCalendarDate(Number(year), Number(month), Number(day))) return null;
    const offset = zone ? normaliseOffset(zone) : sourceUtcOffset;
    if (offset === undefined) return null;
    const millis = fraction.padEnd(3, '0').slice(0, 3);
    return new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}.${millis}${offset}`);
  }
  const dateOnly = ISO_DATE.exec(value);
  if (dateOnly) {
    const [, year, month, day] = dateOnly;
    if (sourceUtcOffset === undefined || !isRealCalendarDate(Number(year), Number(month), Number(day))) return null;
    return new Date(`${year}-${month}-${day}T00:00:00.000${sourceUtcOffset}`);
  }
  if (RFC_2822.test(value)) return new Date(value);
  return null;
}

/** The instant a source says it published, or null (see the module comment). */
export function parsePublishedAt(value: string | null | undefined, options: PublishedAtOptions): Date | null {
  if (value === null || value === undefined) return null;
  if (options.sourceUtcOffset !== undefined && !OFFSET.test(options.sourceUtcOffset)) {
    throw new Error(`sourceUtcOffset must look like +05:30, not ${options.sourceUtcOffset}`);
  }
  const parsed = parse(value.trim(), options.sourceUtcOffset);
  if (parsed === null || Number.isNaN(parsed.getTime())) return null;
  if (parsed.getTime() > options.now.getTime() + (options.futureSkewMs ?? DEFAULT_FUTURE_SKEW_MS)) return null;
  return parsed;
}
