import net from 'node:net';

/**
 * A TCP forwarder in front of a real service, so a test can pull the cable (every connection dropped,
 * new ones refused) and plug it back in on the same port, as a network outage or a restart would.
 */
export interface Cable {
  readonly port: number;
  /** `url` with its host and port replaced by this cable's. */
  readonly url: string;
  cut(): Promise<void>;
  plug(): Promise<void>;
  close(): Promise<void>;
}

export async function cableTo(url: string): Promise<Cable> {
  const target = new URL(url);
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  let port = 0;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = net.createServer((client) => {
        const upstream = net.connect(Number(target.port), target.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => {
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream).pipe(client);
      });
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => {
        port = (s.address() as net.AddressInfo).port;
        server = s;
        resolve();
      });
    });

  const cut = async () => {
    const s = server;
    server = null;
    for (const socket of sockets) socket.destroy();
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };

  await listen();
  const via = new URL(url);
  via.hostname = '127.0.0.1';
  via.port = String(port);
  return { port, url: via.toString(), cut, plug: listen, close: cut };
}
