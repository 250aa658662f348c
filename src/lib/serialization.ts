import { serializerCompiler } from 'fastify-type-provider-zod';

/**
 * Marks response bodies a mapper built field by field in their schema's order, holding nothing the schema leaves out.
 * A non-enumerable symbol key: JSON.stringify skips it and a spread into another object does not copy it (a WeakSet of
 * the bodies cost ~1.3 µs per body).
 */
const exact = Symbol('exactBody');

/**
 * Marks a body as exact: the serializer sends it with JSON.stringify alone. Only for a mapper whose output is, byte
 * for byte, what encoding it with the route's response schema gives (a test compares the two, tests/articles.test.ts).
 */
export function exactBody<T extends object>(body: T): T {
  Object.defineProperty(body, exact, { value: true });
  return body;
}

/**
 * The type provider's serializer (encode with the route's response schema, which drops undeclared fields, then
 * JSON.stringify) for every body but the exact ones. Encoding the plain article took about as long as stringifying
 * it (~18 µs of a request's ~300 µs of CPU on GET /v1/articles/{id}, bench/RESULTS.md, session 26).
 */
export const responseSerializerCompiler: typeof serializerCompiler = (route) => {
  const encoded = serializerCompiler(route);
  return (data: unknown) =>
    typeof data === 'object' && data !== null && exact in data ? JSON.stringify(data) : encoded(data);
};
