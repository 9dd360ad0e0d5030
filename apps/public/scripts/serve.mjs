// The portal on its own, against a remote API: `CONGXA_API_URL=http://api.internal:3000 node apps/public/scripts/serve.mjs`
// (after `npm run build -w @congxa/public`). It renders pages with the server build, serves the built assets
// (precompressed when the browser accepts it), and passes the API's own URLs through (/api/…, feeds, sitemap,
// robots.txt), keeping the Host header so the API picks the same site. The embedded default needs none of
// this: the API process renders the portal itself (apps/api/src/modules/portal).
//
// Environment: CONGXA_API_URL (required), PORT (3001), HOST (0.0.0.0). No page cache here: put a cache in
// front, or use the API process, which keeps rendered pages until the site changes.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { request as httpRequest, createServer } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const api = new URL(process.env.CONGXA_API_URL ?? '');
if (!process.env.CONGXA_API_URL) {
  console.error('CONGXA_API_URL is required (the API origin, e.g. http://127.0.0.1:3000)');
  process.exit(2);
}
const build = await import(pathToFileURL(join(root, 'dist-server', 'entry-server.js')).href);
const template = readFileSync(join(dist, 'index.html'), 'utf8');

/** The API's own URLs at the portal's root (the rest of /api goes there too). */
const PASSED = [/^\/api\//, /^\/rss\.xml$/, /^\/sitemap[\w-]*\.xml$/, /^\/robots\.txt$/, /^\/chuyen-muc\/[^/]+\/rss\.xml$/];
/** What the API process sends with pages too (its helmet settings, apps/api/src/bootstrap.ts). */
const SECURITY = {
  'content-security-policy':
    "default-src 'self';script-src 'self';style-src 'self' 'unsafe-inline';img-src 'self' data: blob:;connect-src 'self';font-src 'self' data:;object-src 'none';frame-ancestors 'self';base-uri 'self';form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'SAMEORIGIN',
};
const TYPES = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** One request to the API with the visitor's Host (node:http, since fetch may not set Host). */
function toApi(method, path, headers, body) {
  return new Promise((resolve, reject) => {
    const send = api.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(new URL(path, api), { method, headers }, resolve);
    req.on('error', reject);
    if (body) body.pipe(req);
    else req.end();
  });
}

/** The server build's fetcher: GET the API for the page being rendered, as a fetch Response. */
const fetcherFor = (host) => async (url, init) => {
  const res = await toApi('GET', url, { ...init.headers, host });
  const chunks = [];
  for await (const chunk of res) chunks.push(chunk);
  const status = res.statusCode ?? 502;
  return new Response(status === 304 ? null : Buffer.concat(chunks), { status, headers: { 'content-type': String(res.headers['content-type'] ?? '') } });
};

function serveAsset(req, res, path) {
  const file = normalize(join(dist, path));
  if (!file.startsWith(dist + '/') || !existsSync(file) || !statSync(file).isFile() || file.endsWith('index.html')) return false;
  const accept = String(req.headers['accept-encoding'] ?? '');
  const encoding = /\bbr\b/.test(accept) && existsSync(`${file}.br`) ? 'br' : /\bgzip\b/.test(accept) && existsSync(`${file}.gz`) ? 'gzip' : null;
  res.writeHead(200, {
    ...SECURITY,
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    vary: 'Accept-Encoding',
    ...(encoding ? { 'content-encoding': encoding } : {}),
  });
  createReadStream(encoding ? `${file}.${encoding === 'br' ? 'br' : 'gz'}` : file).pipe(res);
  return true;
}

const server = createServer(async (req, res) => {
  try {
    const url = req.url ?? '/';
    const path = url.split('?')[0];
    if (PASSED.some((p) => p.test(path))) {
      const upstream = await toApi(req.method ?? 'GET', url, { ...req.headers }, req.method === 'GET' || req.method === 'HEAD' ? null : req);
      res.writeHead(upstream.statusCode ?? 502, upstream.headers);
      upstream.pipe(res);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (serveAsset(req, res, decodeURIComponent(path))) return;
    const host = req.headers.host ?? api.host;
    const proto = String(req.headers['x-forwarded-proto'] ?? 'http');
    const page = await build.render({ url, origin: `${proto}://${host}`, fetch: fetcherFor(host), apiBase: '/api/v1' });
    if (page.redirect !== undefined) {
      res.writeHead(page.status, { location: page.redirect, 'cache-control': 'public, max-age=0, must-revalidate' }).end();
      return;
    }
    res.writeHead(page.status, {
      ...SECURITY,
      'content-type': 'text/html; charset=utf-8',
      'cache-control': page.status >= 500 ? 'no-store' : 'public, max-age=0, must-revalidate',
      vary: 'Host',
    });
    res.end(build.fillTemplate(template, page));
  } catch (error) {
    console.error(`portal: ${req.url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end('<!doctype html><html lang="vi"><title>Lỗi</title><h1>Đã có lỗi, vui lòng thử lại sau.</h1></html>');
  }
});

const port = Number(process.env.PORT ?? 3001);
server.listen(port, process.env.HOST ?? '0.0.0.0', () => console.log(`CongXa portal: http://localhost:${port}/ (API ${api.origin})`));
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
