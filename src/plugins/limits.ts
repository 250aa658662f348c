import fp from 'fastify-plugin';
import { documentRoute } from '../lib/route-docs.ts';
import { problemResponses } from '../lib/schemas.ts';
import { sendProblem } from './errors.ts';

/** The query parameter with the longest name plus value: the one to name when a URL is too long. */
function longestParameter(query: string): string | null {
  let longest: { name: string; length: number } | null = null;
  for (const part of query.split('&')) {
    const name = part.split('=', 1)[0] ?? '';
    if (longest === null || part.length > longest.length) longest = { name, length: part.length };
  }
  if (!longest) return null;
  try {
    return decodeURIComponent(longest.name.replaceAll('+', ' '));
  } catch {
    return longest.name;
  }
}

/**
 * Bounds on the request target: a URL (path and query string) longer than `maxUrlLength` is refused with 414
 * before routing work or validation, naming the longest query parameter. Node itself refuses request heads over
 * 16 KiB (431); the bounds on individual parameters (filter values, include names, query text) are in the schemas.
 */
export default fp<{ maxUrlLength: number }>(
  async (app, options) => {
    app.addHook('onRoute', (route) => documentRoute(route, { responses: problemResponses(414) }));
    app.addHook('onRequest', async (request, reply) => {
      if (request.url.length <= options.maxUrlLength) return;
      const queryStart = request.url.indexOf('?');
      const parameter = queryStart === -1 ? null : longestParameter(request.url.slice(queryStart + 1));
      const message = `the URL is ${request.url.length} characters long; at most ${options.maxUrlLength} are accepted`;
      return sendProblem(
        request,
        reply,
        'uri_too_long',
        `The request URL is longer than ${options.maxUrlLength} characters${parameter ? `; the longest parameter is ${parameter}` : ''}.`,
        {
          errors: [
            parameter
              ? { location: 'querystring', field: parameter, message }
              : { location: 'params', field: 'path', message },
          ],
        },
      );
    });
  },
  { name: 'limits', dependencies: ['errors'] },
);
