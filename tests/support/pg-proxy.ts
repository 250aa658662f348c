import net from 'node:net';

// A TCP proxy between the app and PostgreSQL that reads the wire protocol's message framing, so a test can break a
// connection at an exact point: just before a COMMIT reaches the server (which then rolls the transaction back), or
// just after the server has acknowledged one (committed and durable, but the app never hears so). Only the framing
// is read — a type byte and a 32-bit length per message, after an untyped startup message — never the contents,
// except to recognise the simple-protocol query `COMMIT` and its `CommandComplete`, which is how node-postgres and
// Prisma's pg adapter commit.

export type CommitCut = 'before' | 'after';
export type PgProxy = {
  /** `databaseUrl` with its host and port replaced by the proxy's. */
  url: (databaseUrl: string) => string;
  /**
   * Breaks the next COMMIT sent through the proxy: `before` — the COMMIT is not forwarded; `after` — the server's
   * acknowledgement is not forwarded. `meanwhile` runs while the COMMIT is held (stop PostgreSQL there to kill it
   * between the statements); then both sides of that connection are closed. Resolves once that has happened.
   */
  cutNextCommit: (when: CommitCut, meanwhile?: () => Promise<void>) => Promise<void>;
  /** Breaks a share of all COMMITs, chosen at random, half of each kind (`rate` 0 stops it); counts the cuts. */
  cutCommitsAtRandom: (rate: number) => void;
  cuts: { before: number; after: number };
  close: () => Promise<void>;
};

const commitQuery = Buffer.from('COMMIT\0');
const sslRequestCode = 80877103;

/** Splits a byte stream into protocol messages; the first `untyped` of them carry no type byte (the client's startup). */
function framer(untypedFirst: number, onMessage: (message: Buffer) => void) {
  let pending: Buffer = Buffer.alloc(0);
  let untyped = untypedFirst;
  return {
    expectUntyped: () => {
      untyped += 1;
    },
    push(chunk: Buffer) {
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      for (;;) {
        const header = untyped > 0 ? 4 : 5;
        if (pending.length < header) return;
        const length = untyped > 0 ? pending.readInt32BE(0) : pending.readInt32BE(1) + 1;
        if (pending.length < length) return;
        const message = pending.subarray(0, length);
        pending = pending.subarray(length);
        if (untyped > 0) untyped -= 1;
        onMessage(message);
      }
    },
  };
}

export async function startPgProxy(target: { host: string; port: number }): Promise<PgProxy> {
  const sockets = new Set<net.Socket>();
  let armed: { when: CommitCut; meanwhile?: () => Promise<void>; done: () => void } | null = null;
  let randomRate = 0;
  const cuts = { before: 0, after: 0 };

  /** Whether this COMMIT is to be broken, and how. */
  const take = (when: CommitCut): typeof armed => {
    if (armed?.when === when) {
      const chosen = armed;
      armed = null;
      return chosen;
    }
    if (armed === null && randomRate > 0 && Math.random() < randomRate / 2) return { when, done: () => {} };
    return null;
  };

  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    sockets.add(client);
    sockets.add(upstream);
    let broken = false;
    let committing = false;
    let sslAnswer = false;
    const breakBoth = () => {
      broken = true;
      client.destroy();
      upstream.destroy();
    };
    const hold = (cut: NonNullable<typeof armed>) => {
      broken = true;
      cuts[cut.when] += 1;
      void (async () => {
        await cut.meanwhile?.();
        breakBoth();
        cut.done();
      })();
    };

    const fromClient = framer(1, (message) => {
      if (broken) return;
      if (message.length === 8 && message.readInt32BE(4) === sslRequestCode) {
        sslAnswer = true;
        fromClient.expectUntyped();
      }
      committing = message[0] === 0x51 /* Q */ && message.subarray(5).equals(commitQuery);
      if (committing) {
        const cut = take('before');
        if (cut) return hold(cut);
      }
      upstream.write(message);
    });
    const fromServer = framer(0, (message) => {
      if (broken) return;
      if (committing && message[0] === 0x43 /* C: CommandComplete */ && message.subarray(5).equals(commitQuery)) {
        committing = false;
        const cut = take('after');
        if (cut) return hold(cut);
      }
      client.write(message);
    });
    // The server's messages are all typed; a one-byte answer to an SSL request comes first if one was sent.
    upstream.on('data', (chunk: Buffer) => {
      if (sslAnswer) {
        sslAnswer = false;
        client.write(chunk.subarray(0, 1));
        chunk = chunk.subarray(1);
      }
      fromServer.push(chunk);
    });
    client.on('data', (chunk: Buffer) => fromClient.push(chunk));
    const closeBoth = () => {
      sockets.delete(client);
      sockets.delete(upstream);
      if (!broken) breakBoth();
    };
    client.on('close', closeBoth);
    upstream.on('close', closeBoth);
    client.on('error', () => {});
    upstream.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;

  return {
    url: (databaseUrl) => {
      const parsed = new URL(databaseUrl);
      parsed.hostname = '127.0.0.1';
      parsed.port = String(port);
      return parsed.toString();
    },
    cutNextCommit: (when, meanwhile) =>
      new Promise<void>((resolve) => {
        armed = { when, ...(meanwhile ? { meanwhile } : {}), done: resolve };
      }),
    cutCommitsAtRandom: (rate) => {
      randomRate = rate;
    },
    cuts,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
