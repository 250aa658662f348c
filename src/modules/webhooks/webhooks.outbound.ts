import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP } from 'node:net';

// Outbound requests to webhook endpoints, safe against SSRF: only http(s); the host's addresses are resolved and the
// request is refused when any of them lies in a private, loopback, link-local, CGNAT, metadata, documentation,
// multicast or unspecified range (IPv4 and IPv6, IPv4-mapped IPv6 included: BlockList checks those against the IPv4
// rules); the connection goes to the address that was checked (the lookup hands it to the socket), so a second DNS
// answer cannot swap it; redirects are not followed. Hosts on the allow-list (test receivers on 127.0.0.1) skip the
// address check, nothing else.

const forbidden = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // CGNAT (Alibaba's metadata service is 100.100.100.200)
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata (169.254.169.254)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const)
  forbidden.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['64:ff9b::', 96], // NAT64: reaches IPv4 addresses
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local (AWS's IPv6 metadata fd00:ec2::254 is in here)
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const)
  forbidden.addSubnet(network, prefix, 'ipv6');

/** Why an address may not be called, or null when it may. */
export function forbiddenAddress(address: string): string | null {
  const family = isIP(address);
  if (family === 0) return 'is not an IP address';
  return forbidden.check(address, family === 6 ? 'ipv6' : 'ipv4')
    ? 'is a private, loopback, link-local, CGNAT, metadata, reserved or unspecified address'
    : null;
}

export type OutboundPolicy = {
  /** Hostnames (or literal addresses) exempt from the address check. */
  allowedHosts: ReadonlySet<string>;
  timeoutMs: number;
  /** The response body is read up to this many bytes, then the connection is dropped. */
  maxResponseBytes: number;
};

/** The host of a URL as the address check sees it (IPv6 literals without brackets, lower case). */
function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
}

/** Why a webhook URL is refused before any DNS lookup (scheme, credentials, a literal forbidden address), or null. */
export function urlProblem(raw: string, policy: Pick<OutboundPolicy, 'allowedHosts'>): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'is not an absolute URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must use http or https';
  if (url.username || url.password) return 'must not carry credentials';
  const host = hostOf(url);
  if (policy.allowedHosts.has(host)) return null;
  if (host === 'localhost' || host.endsWith('.localhost')) return 'must not name localhost';
  if (isIP(host) !== 0) {
    const reason = forbiddenAddress(host);
    if (reason) return `names ${host}, which ${reason}`;
  }
  return null;
}

export type OutboundResult = { statusCode: number | null; latencyMs: number; error: string | null };

// Connections to endpoints are kept alive and reused (a delivery burst to one endpoint would otherwise open a
// connection per event). The address check runs when a connection is opened (the lookup below), and a connection
// stays bound to the address it was opened to, so reuse cannot reach an address the check would refuse. An idle
// connection is closed after 2 s, before common servers' keep-alive timeouts (Node's is 5 s); a request on a reused
// connection that the server closed meanwhile is sent again once on a new one (see postJson). Free connections per
// host are not capped below what the drains keep in flight (endpoints sharing a host would otherwise close and reopen
// connections at every request beyond the cap); the idle timeout bounds them.
const agentOptions = { keepAlive: true, maxFreeSockets: 1024, scheduling: 'lifo', timeout: 2000 } as const;
const agents = { 'http:': new http.Agent(agentOptions), 'https:': new https.Agent(agentOptions) };

type LookupCallback = (error: Error | null, address: string | dns.LookupAddress[], family?: number) => void;

/** POSTs `body` to `url` under `policy`; never throws: a refusal, a timeout or a network error comes back as `error`. */
export function postJson(
  url: string,
  headers: Record<string, string>,
  body: string,
  policy: OutboundPolicy,
): Promise<OutboundResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const problem = urlProblem(url, policy);
  if (problem) return Promise.resolve({ statusCode: null, latencyMs: 0, error: `url ${problem}` });
  const target = new URL(url);
  const host = hostOf(target);
  const allowed = policy.allowedHosts.has(host);

  const lookup = (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => {
    dns.lookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses) => {
      if (error) return callback(error, []);
      const refused = allowed ? undefined : addresses.find((entry) => forbiddenAddress(entry.address) !== null);
      if (refused)
        return callback(
          new Error(`${hostname} resolves to ${refused.address}, ${forbiddenAddress(refused.address)}`),
          [],
        );
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(new Error(`${hostname} has no address`), []);
      return callback(null, first.address, first.family);
    });
  };

  const send = (reuse: boolean): Promise<OutboundResult> =>
    new Promise((resolve) => {
      let settled = false;
      const finish = (statusCode: number | null, error: string | null) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ statusCode, latencyMs: elapsed(), error });
      };
      const client = target.protocol === 'https:' ? https : http;
      const request = client.request(
        target,
        {
          method: 'POST',
          headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
          lookup: lookup as never,
          agent: reuse ? agents[target.protocol as 'http:' | 'https:'] : false,
        },
        (response) => {
          const status = response.statusCode ?? null;
          let received = 0;
          response.on('data', (chunk: Buffer) => {
            received += chunk.length;
            if (received > policy.maxResponseBytes) {
              response.destroy();
              finish(status, null);
            }
          });
          response.on('end', () => finish(status, null));
          response.on('error', () => finish(status, null));
          response.on('close', () => finish(status, null));
        },
      );
      const timer = setTimeout(() => {
        request.destroy();
        finish(null, `no response within ${policy.timeoutMs} ms`);
      }, policy.timeoutMs);
      request.on('error', (error: NodeJS.ErrnoException) => {
        if (reuse && request.reusedSocket && error.code === 'ECONNRESET' && !settled) {
          // The server closed the idle connection as the request went out: nothing reached it, send it again.
          settled = true;
          clearTimeout(timer);
          resolve(send(false));
          return;
        }
        finish(null, error.message.slice(0, 500));
      });
      request.end(body);
    });
  return send(true);
}
