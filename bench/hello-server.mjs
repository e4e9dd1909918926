// The ceiling of the benchmark: a bare Fastify « hello world » (same Fastify, same Node, same
// machine, no logging, no database). Every scenario's requests/s is shown as a share of it.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.stdout.write('ready\n');
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
