// The soak's server process: runs the bundled server and answers the soak script over IPC, so the
// heap it reports is the server's alone (the 70 clients live in the parent process).
//   {cmd: 'start', bundle, dataDir, port} -> {url, port}
//   {cmd: 'restart'}                       -> {}    (graceful close, then a new server on the same port)
//   {cmd: 'heap'}                          -> {heap} (bytes in use after a full garbage collection)
//   {cmd: 'stop'}                          -> {}    (then the process exits)
import path from 'node:path';
import { pathToFileURL } from 'node:url';

let server = null;
let start = null;

const heap = () => {
  for (let i = 0; i < 3; i++) globalThis.gc?.();
  return process.memoryUsage().heapUsed;
};

process.on('message', async (message) => {
  try {
    if (message.cmd === 'start') {
      const { startServer, makeConfig } = await import(pathToFileURL(message.bundle).href);
      start = (port) =>
        startServer(
          makeConfig({
            port,
            host: '127.0.0.1',
            dataDir: message.dataDir,
            clientDir: path.join(message.dataDir, 'no-client'),
            logLevel: 'silent',
            limits: { maxConnectionsPerIp: 1000, maxConnectionsPerDocument: 100 },
            rates: { workspacesPerMinute: 1000, scenariosPerMinute: 1000 },
          }),
        );
      server = await start(message.port);
      process.send({ url: server.url, port: server.port });
    } else if (message.cmd === 'restart') {
      const port = server.port;
      await server.close();
      server = await start(port);
      process.send({});
    } else if (message.cmd === 'heap') {
      process.send({ heap: heap() });
    } else if (message.cmd === 'stop') {
      await server.close();
      process.send({});
      process.exit(0);
    }
  } catch (error) {
    process.send({ error: String(error?.stack ?? error) });
  }
});
