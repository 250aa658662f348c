import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFuzzContext, formatReport, fuzzOperations, listOperations, loadSpec } from './fuzz/harness.ts';
import { createTestApp, type TestApp } from './support/app.ts';

// A fixed-seed sample of `npm run fuzz` (which runs 10,000+ cases): the same generators and invariants, fewer runs.

const seed = 20_261_203;
const runsPerOperation = 12;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
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

  it(`holds every invariant for ${runsPerOperation} cases per operation (seed ${seed})`, async () => {
    const context = await createFuzzContext(t.app, t.createKey);
    const reports = await fuzzOperations(context, { seed, runsPerOperation });
    const summary = formatReport(reports);
    expect(reports.filter((report) => report.failure), summary).toEqual([]);
    expect(reports.reduce((sum, report) => sum + report.runs, 0)).toBe(runsPerOperation * context.operations.length);
    // The sample reaches past validation: some writes succeed and some are refused for each reason.
    const statuses = new Set(reports.flatMap((report) => Object.keys(report.statuses).map(Number)));
    for (const status of [200, 201, 204, 400, 401, 404]) expect(statuses, summary).toContain(status);
  }, 180_000);
});
