import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import type net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/app.ts';
import { testConfig } from './support/config.ts';

// The README's shell examples, run top to bottom as a reader would run them against `npm start`: every block that
// talks to the server, in order, in one shell (so variables carry from block to block as in a terminal), with
// `set -eu` so a variable that is never set fails the run. Each request's status is recorded; none may fail, except
// the one example that shows an error on purpose. The server is the real app on a copy of the seeded database, on a
// free port; the command-line tools reach it through the same settings as on a developer's machine (PORT for the
// import CLI, DATABASE_URL for the keys CLI).

const root = path.resolve(import.meta.dirname, '..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((match) => match[1] as string);
/**
 * The examples: blocks with a command that calls the server. Blocks that start or set up things (the quick start,
 * an external database, migrations) mention the server in comments at most, and are not run.
 */
const examples = blocks.filter((block) =>
  block
    .split('\n')
    .some((line) => !line.trimStart().startsWith('#') && line.replace(/\s#.*$/, '').includes('http://127.0.0.1:3000')),
);
/** Examples that show an error response on purpose. */
const intendedErrors = [/\/v1\/articles\?limit=500$/];

let t: TestApp;
let port: number;
beforeAll(async () => {
  // As the README starts it for the webhook example: WEBHOOK_ALLOWED_HOSTS=127.0.0.1 (deliveries stay queued here).
  t = await createTestApp({ config: { push: { ...testConfig().push, allowedHosts: ['127.0.0.1'] } } });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as net.AddressInfo).port;
});
afterAll(async () => {
  await t.close();
  for (const file of readdirSync(root))
    if (file === 'articles.ndjson' || /^meridian-claims-.*\.csv$/.test(file)) rmSync(path.join(root, file));
});

function runShell(script: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', script], {
      cwd: root,
      env: { ...process.env, PORT: String(port), DATABASE_URL: t.databaseUrl, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the README, run as written', () => {
  it('has its examples in shell blocks, and none of them starts or installs anything', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
    const commands = examples.flatMap((block) => block.split('\n').filter((line) => !line.trimStart().startsWith('#')));
    for (const line of commands) expect(line).not.toMatch(/npm (ci|start|install)|docker/);
  });

  it('runs every example block top to bottom against a started server, and no request fails', async () => {
    const script = [
      'set -eu -o pipefail',
      // Every request also reports its status, method and URL on stderr (curl's %{stderr} switch).
      `curl() { command curl -w '%{stderr}HTTP %{http_code} %{method} %{url_effective}\\n' "$@"; }`,
      ...examples.map((block) => block.replaceAll('http://127.0.0.1:3000', `http://127.0.0.1:${port}`)),
    ].join('\n');
    const { code, stdout, stderr } = await runShell(script);
    const output = `exit ${code}\n--- stderr\n${stderr.slice(-6000)}\n--- stdout\n${stdout.slice(-3000)}`;
    expect(code, output).toBe(0);

    const requests = [...stderr.matchAll(/^HTTP (\d{3}) (\S+) (\S+)$/gm)].map(([, status, method, url]) => ({
      status: Number(status),
      method: method as string,
      url: (url as string).replace(`http://127.0.0.1:${port}`, ''),
    }));
    expect(requests.length, output).toBeGreaterThan(50);
    const failed = requests.filter(
      (request) =>
        (request.status === 0 || request.status >= 400) && !intendedErrors.some((pattern) => pattern.test(request.url)),
    );
    expect(failed, output).toEqual([]);
    // The writes the examples make all happened: the review decisions, the correction, merge and split (and the
    // import, which the CLI sends).
    for (const [method, pattern] of [
      ['POST', /\/v1\/entities\/[^/]+\/review$/],
      ['POST', /\/v1\/claims\/[^/]+\/review$/],
      ['PATCH', /\/v1\/mentions\/[0-9a-f-]{36}$/],
      ['POST', /\/merge$/],
      ['POST', /\/split$/],
    ] as const)
      expect(
        requests.some((request) => request.method === method && pattern.test(request.url)),
        `${method} ${pattern}`,
      ).toBe(true);
    expect(stdout).toMatch(/import [0-9a-f-]{36}: completed/);
  }, 240_000);
});
