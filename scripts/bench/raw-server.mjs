// The benchmark's baseline: a bare node:http server answering each captured URL with the bytes the API gave
// for it (status, headers, body), from memory. Run as its own process by run.mjs, which sends the answers
// over IPC ({ answers: { [url]: { status, headers, body (base64) } } }) and reads back { port }.
import { createServer } from 'node:http';

/** Headers node:http writes itself, or that belong to one connection. */
const HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date']);

process.once('message', ({ answers }) => {
  const table = new Map();
  for (const [url, a] of Object.entries(answers)) {
    const body = Buffer.from(a.body, 'base64');
    const headers = Object.entries(a.headers).filter(([name]) => !HOP.has(name.toLowerCase()));
    if (!headers.some(([name]) => name.toLowerCase() === 'content-length')) headers.push(['content-length', String(body.length)]);
    table.set(url, { status: a.status, headers: Object.fromEntries(headers), body });
  }
  const server = createServer((req, res) => {
    const a = table.get(req.url);
    if (!a) {
      res.writeHead(404, { 'content-type': 'text/plain', 'content-length': '9' });
      res.end('not found');
      return;
    }
    res.writeHead(a.status, a.headers);
    res.end(a.body);
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
});

// Never outlive the benchmark that started it.
process.once('disconnect', () => process.exit(0));
