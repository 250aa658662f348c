// One NDJSON line to what the store needs: parsed, validated like POST /v1/articles, and prepared — or the problem
// that refuses it. Pure CPU, the same on the main thread and on the import workers (line-worker.ts).
import type { z } from 'zod';
import type { FieldError } from '../../lib/errors.ts';
import { nulBytePath } from '../../lib/nul-byte.ts';
import type { Linker } from '../ingest/linking/linker.ts';
import { type LineProblem, type PreparedArticle, prepareArticle, problemOf } from '../ingest/prepare.ts';
import { ImportLineInput } from './imports.schemas.ts';

export type LineOutcome = { prepared: PreparedArticle } | { problem: LineProblem };

function zodErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        location: 'body' as const,
        field: path ? `${path}.${key}` : key,
        message: 'is not a known field',
      }));
    return [{ location: 'body' as const, field: path, message: issue.message }];
  });
}

export function prepareLine(
  text: string,
  linker: Linker,
  options: { ner: boolean; minProposalConfidence?: number },
): LineOutcome {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    return {
      problem: {
        code: 'malformed_json',
        status: 400,
        detail: `The line is not valid JSON: ${message}`,
        errors: [{ location: 'body', field: '', message }],
      },
    };
  }
  const nul = nulBytePath(json);
  if (nul !== null) {
    const message = 'must not contain the NUL character (U+0000)';
    return {
      problem: {
        code: 'validation_failed',
        status: 400,
        detail: `${nul}: ${message}`,
        errors: [{ location: 'body', field: nul, message }],
      },
    };
  }
  const parsed = ImportLineInput.safeParse(json);
  if (!parsed.success) {
    const errors = zodErrors(parsed.error);
    return {
      problem: {
        code: 'validation_failed',
        status: 400,
        detail: errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; '),
        errors,
      },
    };
  }
  try {
    return {
      prepared: prepareArticle(parsed.data, linker, {
        ner: options.ner,
        minProposalConfidence: options.minProposalConfidence,
      }),
    };
  } catch (error) {
    return { problem: problemOf(error) };
  }
}
