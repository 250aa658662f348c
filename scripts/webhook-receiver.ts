// A tiny webhook receiver that verifies Meridian's Standard Webhooks signatures, using nothing but Node.
//
//   WEBHOOK_SECRET=whsec_… PORT=4000 npx tsx scripts/webhook-receiver.ts
//
// It answers 204 to a delivery whose signature checks out and whose timestamp is within five minutes, 400 otherwise,
// and prints each event once (a retry or redelivery carries the same webhook-id: dedupe on it).
import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import { pathToFileURL } from 'node:url';

/** Does `webhook-signature` carry a valid signature of `id.timestamp.body` by `secret` (any of its `v1,` entries)? */
export function verifyWebhook(
  secret: string,
  headers: { id: string; timestamp: string; signature: string },
  body: string,
  nowSeconds = Math.floor(Date.now() / 1000),
  toleranceSeconds = 300,
): boolean {
  const timestamp = Number(headers.timestamp);
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${headers.id}.${headers.timestamp}.${body}`).digest();
  return headers.signature.split(' ').some((entry) => {
    const [version, signature] = entry.split(',');
    if (version !== 'v1' || !signature) return false;
    const given = Buffer.from(signature, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const secret = process.env.WEBHOOK_SECRET;
  if (!secret) throw new Error('Set WEBHOOK_SECRET to the secret the webhook was created with.');
  const seen = new Set<string>();
  http
    .createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const header = (name: string) => String(request.headers[name] ?? '');
        const id = header('webhook-id');
        const valid = verifyWebhook(
          secret,
          { id, timestamp: header('webhook-timestamp'), signature: header('webhook-signature') },
          body,
        );
        if (!valid) {
          response.writeHead(400).end('bad signature');
          return;
        }
        if (!seen.has(id)) {
          seen.add(id);
          const event = JSON.parse(body) as { type: string; data: unknown };
          console.log(id, event.type, JSON.stringify(event.data));
        }
        response.writeHead(204).end();
      });
    })
    .listen(Number(process.env.PORT ?? 4000), '127.0.0.1', () => console.log('listening'));
}
