import net from 'node:net';

/**
 * A TCP port that is free on 127.0.0.1 right now: the system picks it (port 0), so two test runs never draw the
 * same one and a port some other program holds is never handed out.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
