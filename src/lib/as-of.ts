import { InstantInput } from './schemas.ts';

/** `?as_of=` on GET of an article, entity or claim (shared by those modules and history). */
// No example: documentation UIs pre-fill examples in "Try it out", and any fixed time would turn a plain read into a 404.
export const AsOf = InstantInput.optional().meta({
  description:
    'Read the resource as it was at this time (RFC 3339), in the same representation: 404 when it did not exist yet or was deleted ' +
    'then. Compared with the revisions’ `recordedAt`. Cannot be combined with `include`. Example: `2026-01-01T00:00:00Z`.',
});
