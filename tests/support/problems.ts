import type { Response } from 'supertest';
import { expect } from 'vitest';

/** Asserts an RFC 9457 problem response with the given status and code, and returns its body. */
export function expectProblem(response: Response, status: number, code: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ type: `/problems/${code}`, status, code });
  expect(typeof response.body.title).toBe('string');
  expect(typeof response.body.detail).toBe('string');
  expect(response.body.requestId).toBe(response.headers['x-request-id']);
  return response.body as {
    detail: string;
    errors?: { location: string; field: string; message: string }[];
    location?: string;
  };
}

export function expectFieldError(response: Response, field: string, status = 400, code = 'validation_failed') {
  const body = expectProblem(response, status, code);
  expect(
    body.errors?.map((error) => error.field),
    body.detail,
  ).toContain(field);
  return body;
}
