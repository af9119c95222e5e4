import { createServer } from 'node:net';
import { Aedes } from 'aedes';

/**
 * aedes alone, the version the gateway embeds, on its defaults: every QoS 1 publish is parsed,
 * PUBACKed and routed to nobody (no subscriber, no validation, no outbox, no forwarding). Its CPU
 * per message is the floor under the gateway's: what the MQTT layer costs before any of our work.
 * Forked by phase-aedes-floor.ts with the port as its argument; says 'ready' over IPC once listening.
 */
const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`aedes-floor-child: expected a port as the argument, got ${process.argv[2] ?? 'nothing'}`);
  process.exit(2);
}
const aedes = await Aedes.createBroker({});
const server = createServer(aedes.handle);
server.once('error', (err) => {
  console.error(`aedes-floor-child: ${err.message}`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => process.send?.('ready'));
const stop = (): void => {
  server.close();
  aedes.close(() => process.exit(0));
};
process.once('SIGTERM', stop);
// The bench going away (IPC closed) takes this broker with it.
process.once('disconnect', stop);
