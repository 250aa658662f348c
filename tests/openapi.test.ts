import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { renderOpenApiDocument } from '../src/openapi.ts';

const committedPath = new URL('../openapi/openapi.json', import.meta.url);

type Operation = {
  operationId?: string;
  tags?: string[];
  summary?: string;
  responses?: Record<string, { description?: string; content?: Record<string, unknown> }>;
};

describe('OpenAPI document', () => {
  it('is committed exactly as the code generates it (run `npm run openapi` after changing a route)', async () => {
    const generated = await renderOpenApiDocument();
    expect(readFileSync(committedPath, 'utf8')).toBe(generated);
  });

  it('documents every operation with an id, a tag, a summary and its responses', async () => {
    const document = JSON.parse(await renderOpenApiDocument());
    expect(document.openapi).toBe('3.1.0');
    const operations = Object.entries(document.paths as Record<string, Record<string, Operation>>).flatMap(
      ([route, methods]) => Object.entries(methods).map(([method, operation]) => ({ route, method, operation })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(27);
    const ids = new Set<string>();
    for (const { route, method, operation } of operations) {
      const where = `${method.toUpperCase()} ${route}`;
      expect(operation.operationId, where).toMatch(/^[a-z][A-Za-z]+$/);
      expect(ids.has(operation.operationId as string), `${where}: duplicate operationId`).toBe(false);
      ids.add(operation.operationId as string);
      expect(operation.tags?.length, where).toBeGreaterThan(0);
      expect(operation.summary, where).toBeTruthy();
      const statuses = Object.keys(operation.responses ?? {});
      expect(
        statuses.some((status) => status.startsWith('2')),
        where,
      ).toBe(true);
      for (const status of statuses.filter((s) => s.startsWith('4') || s.startsWith('5'))) {
        expect(Object.keys(operation.responses?.[status]?.content ?? {}), `${where} ${status}`).toEqual([
          'application/problem+json',
        ]);
      }
      if (route.startsWith('/v1/')) expect(statuses, where).toContain('400');
    }
  });

  it('has examples drawn from the fixture, each valid against its own schema', async () => {
    const document = JSON.parse(await renderOpenApiDocument());
    const withExamples = Object.entries(document.components.schemas as Record<string, { examples?: unknown[] }>).filter(
      ([, schema]) => schema.examples,
    );
    expect(withExamples.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'Article',
        'ArticleCreate',
        'Entity',
        'Claim',
        'ClaimCreate',
        'Source',
        'Role',
        'Problem',
      ]),
    );
    // The Zod registry maps component ids back to the schemas they were generated from.
    const registry = (z.globalRegistry as unknown as { _idmap: Map<string, z.ZodType> })._idmap;
    for (const [name, schema] of withExamples) {
      const zodSchema = registry.get(name);
      expect(zodSchema, name).toBeDefined();
      for (const example of schema.examples ?? []) {
        const result = zodSchema!.safeParse(example);
        expect(result.success, `${name}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
      }
    }
  });

  it('serves the same document at /openapi.json and the docs page at /docs', async () => {
    const { createTestApp } = await import('./support/app.ts');
    const t = await createTestApp();
    try {
      const served = await t.api.get('/openapi.json').expect(200);
      expect(served.body).toEqual(JSON.parse(readFileSync(committedPath, 'utf8')));
      const docs = await t.api.get('/docs/').redirects(1).expect(200);
      expect(docs.text).toContain('swagger-ui');
    } finally {
      await t.close();
    }
  });
});
