import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createFuzzContext,
  type FuzzContext,
  formatReport,
  fuzzOperations,
  listOperations,
  loadSpec,
  runCase,
} from './fuzz/harness.ts';
import { forgedCursor } from './fuzz/hostile.ts';
import { createTestApp, type TestApp } from './support/app.ts';

// A fixed-seed sample of `npm run fuzz` (which runs 10,000+ cases): the same generators and invariants, fewer runs.

const seed = 20_261_203;
const runsPerOperation = 12;

let t: TestApp;
let context: FuzzContext;
beforeAll(async () => {
  t = await createTestApp();
  context = await createFuzzContext(t.app, t.createKey);
});
afterAll(() => t.close());

describe('fuzzing every operation from openapi.json', () => {
  it('covers every operation the document lists', () => {
    const operations = listOperations(loadSpec());
    expect(operations.length).toBeGreaterThan(30);
    expect(new Set(operations.map((operation) => operation.id)).size).toBe(operations.length);
    expect(operations.filter((operation) => operation.isWrite).map((operation) => operation.id)).toEqual(
      expect.arrayContaining(['createArticle', 'updateClaim', 'deleteEntity', 'createApiKey']),
    );
  });

  it('validates against the document: a body that breaks a documented schema is caught', () => {
    const getSource = context.operations.find((operation) => operation.id === 'getSource');
    if (!getSource) throw new Error('no getSource operation');
    const validate = context.validators.response(getSource, '200', 'application/json');
    expect(validate({ id: 1 })).toBe(false);
    expect(context.validators.problem({ type: '/problems/not_found', status: 404 })).toBe(false);
    expect(
      context.validators.problem({
        type: '/problems/not_found',
        title: 'x',
        status: 404,
        detail: 'x',
        instance: '/',
        code: 'no_such_code',
        requestId: 'r',
      }),
    ).toBe(false);
  });

  it('reports a refused write that changed nothing as passing, and an undocumented status as failing', async () => {
    const deleteSource = context.operations.find((operation) => operation.id === 'deleteSource');
    if (!deleteSource) throw new Error('no deleteSource operation');
    const refused = await runCase(context, deleteSource, {
      pathParams: { idOrSlug: 'no-such-source' },
      query: '',
      headers: {},
      credentials: 'admin',
      body: undefined,
      contentType: undefined,
    });
    expect(refused).toMatchObject({ status: 404, failures: [] });
    // The same request against an operation whose document does not list 404 must be reported.
    const undocumented = { ...deleteSource, responses: { 204: {} } };
    const flagged = await runCase(context, undocumented, {
      pathParams: { idOrSlug: 'no-such-source' },
      query: '',
      headers: {},
      credentials: 'admin',
      body: undefined,
      contentType: undefined,
    });
    expect(flagged.failures.join('\n')).toContain('status 404 is not documented');
  });

  it('forges cursors from real ones, and each forged one is a 400, never a 500', async () => {
    // The lists whose forged cursors once reached a query (issue 18): publication times, days, revision numbers.
    expect(Object.keys(context.cursors)).toEqual(
      expect.arrayContaining(['listArticles', 'listEntityRoles', 'listEntities', 'listChanges']),
    );
    const listArticles = context.operations.find((operation) => operation.id === 'listArticles');
    if (!listArticles) throw new Error('no listArticles operation');
    const real = context.cursors.listArticles?.[0] as string;
    const forged = fc.sample(forgedCursor(real), { seed, numRuns: 40 });
    expect(new Set(forged).size).toBeGreaterThan(10);
    for (const cursor of forged) {
      const result = await runCase(context, listArticles, {
        pathParams: {},
        query: `limit=1&cursor=${encodeURIComponent(cursor)}`,
        headers: {},
        credentials: 'none',
        body: undefined,
        contentType: undefined,
      });
      expect(result.failures, cursor).toEqual([]);
      expect([200, 400], cursor).toContain(result.status);
    }
  });

  it(`holds every invariant for ${runsPerOperation} cases per operation (seed ${seed})`, async () => {
    const reports = await fuzzOperations(context, { seed, runsPerOperation });
    const summary = formatReport(reports);
    expect(
      reports.filter((report) => report.failure),
      summary,
    ).toEqual([]);
    expect(reports.reduce((sum, report) => sum + report.runs, 0)).toBe(runsPerOperation * context.operations.length);
    // The sample reaches past validation: some writes succeed and some are refused for each reason.
    const statuses = new Set(reports.flatMap((report) => Object.keys(report.statuses).map(Number)));
    for (const status of [200, 201, 204, 400, 401, 404]) expect(statuses, summary).toContain(status);
  }, 180_000);
});
