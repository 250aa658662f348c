import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type ProblemCode, problemCodes } from '../../lib/errors.ts';
import { ok, problemResponses } from '../../lib/schemas.ts';

const ProblemType = z
  .object({
    code: z.string().meta({ example: 'validation_failed' }),
    status: z.number().int().meta({ example: 400 }),
    title: z.string().meta({ example: 'The request is not valid' }),
    description: z.string(),
  })
  .meta({ id: 'ProblemType', description: 'What a problem `type` means; problem bodies link here.' });

const codes = Object.keys(problemCodes) as [ProblemCode, ...ProblemCode[]];

/** Problem `type` URIs (`/problems/<code>`) resolve to a description of the problem type. */
export const problemRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/:code',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getProblemType',
        tags: ['Operations'],
        summary: 'Describe a problem type',
        description: 'The `type` of every error response is `/problems/<code>`; this explains the code.',
        params: z.strictObject({ code: z.enum(codes) }),
        response: { 200: ok(ProblemType, 'The problem type.'), ...problemResponses(400) },
      },
    },
    async (request) => ({ code: request.params.code, ...problemCodes[request.params.code] }),
  );
};
