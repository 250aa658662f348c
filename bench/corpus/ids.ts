import { UUID } from 'uuidv7';
import type { Random } from './random.ts';

/**
 * A UUIDv7 for a row created at `timestampMs`: the 48-bit millisecond timestamp, then `sequence` in the 12-bit
 * rand_a field so that rows sharing a millisecond (an article's mentions) still sort in the order they were made,
 * then 62 seeded random bits. Same inputs, same id — unlike the `uuidv7()` the API uses, which reads the clock.
 */
export function uuidv7At(timestampMs: number, sequence: number, random: Random): string {
  if (sequence < 0 || sequence > 0xfff) throw new RangeError(`sequence ${sequence} does not fit in 12 bits`);
  return UUID.fromFieldsV7(timestampMs, sequence, random.nextUint32() >>> 2, random.nextUint32()).toString();
}
