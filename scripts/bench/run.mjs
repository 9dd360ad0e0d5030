// `npm run bench`: seeds DATABASE_URL (seed.mjs), starts the production build of the API on it, and measures
// each public case with autocannon on loopback, side by side in the same run with a bare node:http server
// (raw-server.mjs) that answers the same URL with the same bytes from memory. Then "publish visible": how long
// after a chief's unpublish (and republish) call the public list shows the change. Writes docs/benchmarks.md.
//
// Environment: DATABASE_URL (required), BENCH_ARTICLES (100000), BENCH_DURATION (seconds per case, 10),
// BENCH_PORT (the API's port; default 3900, or a free one when 3900 is taken). Needs the production build
// (`npm run build`).
import { execFileSync, fork } from 'node:child_process';
import { createWriteStream, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  apiModule,
  databaseUrl,
  freePort,
  intEnv,
  memoryOf,
  portFree,
  requireBuiltApi,
  requireFromRoot,
  ROOT,
  sleep,
  startApi,
  stopChild,
  waitForHealth,
} from './lib.mjs';
import { searchQueries } from './corpus.mjs';
import { seed } from './seed.mjs';

const HOST = 'localhost'; // the demo site's domain: the Host header picks the site
const THROUGHPUT_CONNECTIONS = 50;
const SEARCH_CONNECTIONS = 10;
const VISIBLE_ROUNDS = 5;
const TARGETS = {
  json: { text: 'public JSON ≥ 50% of raw', ratio: 0.5 },
  ssrArticle: { text: 'server-rendered article ≥ 20% of raw', ratio: 0.2 },
  search: { text: 'search p99 ≤ 100 ms at 10 concurrent', p99: 100 },
  visible: { text: 'publish visible ≤ 1 s', ms: 1000 },
};

const url = databaseUrl();
const target = intEnv('BENCH_ARTICLES', 100_000);
const duration = intEnv('BENCH_DURATION', 10);
const askedPort = intEnv('BENCH_PORT', 0);
const DEFAULT_PORT = 3900;
requireBuiltApi();
process.chdir(ROOT);
const autocannon = requireFromRoot('autocannon');
const autocannonVersion = requireFromRoot('autocannon/package.json').version;
const pg = requireFromRoot('pg');
const { DEMO_PASSWORD, DEMO_SITE } = apiModule('modules/demo/demo-content.js');

const round = (n, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : '—');
const fmtInt = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '—');

/** GET a path with node:http (exact status, headers and body bytes), Host: localhost unless told. */
function get(port, path, headers = {}) {
  return new Promise((res, rej) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers: { host: HOST, ...headers } }, (r) => {
      const chunks = [];
      r.on('data', (c) => chunks.push(c));
      r.on('end', () => res({ status: r.statusCode, headers: r.headers, rawHeaders: r.rawHeaders, body: Buffer.concat(chunks) }));
      r.on('error', rej);
    });
    req.on('error', rej);
    req.end();
  });
}

async function call(port, method, path, body, token) {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : null;
}

/** The headers of a captured answer as name → value (a repeated header joined as node:http would send it). */
function headerObject(rawHeaders) {
  const out = {};
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i];
    out[name] = name in out ? [].concat(out[name], rawHeaders[i + 1]) : rawHeaders[i + 1];
  }
  return out;
}

/** One autocannon run; latencies in ms. `paths`: a different path for each request, in turn. */
async function load(port, path, connections, seconds, paths = null) {
  let next = 0;
  const requests = paths ? [{ setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }) }] : undefined;
  const r = await autocannon({ url: `http://127.0.0.1:${port}${path}`, connections, duration: seconds, headers: { host: HOST }, pipelining: 1, requests });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p975: r.latency.p97_5,
    p99: r.latency.p99,
    total: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}

function startRaw(answers) {
  return new Promise((res, rej) => {
    const child = fork(join(ROOT, 'scripts', 'bench', 'raw-server.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('error', rej);
    child.once('exit', (code) => rej(new Error(`raw server exited with ${code}`)));
    child.once('message', ({ port }) => res({ child, port }));
    child.send({ answers });
  });
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** What a page answer is: server-rendered when the HTML carries the content it should show. */
function pageKind(answer, mustContain) {
  const type = String(answer.headers['content-type'] ?? '');
  if (answer.status >= 400) return `HTTP ${answer.status}`;
  if (!type.includes('html')) return `not HTML (${type || 'no content-type'})`;
  const html = answer.body.toString('utf8');
  return mustContain.some((t) => html.includes(t) || html.includes(escapeHtml(t)))
    ? 'server-rendered (content in the HTML)'
    : 'SPA shell (content not in the HTML)';
}

/** BENCH_PORT when set (refused when taken); else 3900, or any free port when 3900 is taken. */
async function choosePort() {
  if (askedPort) {
    if (!(await portFree(askedPort))) throw new Error(`BENCH_PORT ${askedPort} is in use: choose another one`);
    return askedPort;
  }
  if (await portFree(DEFAULT_PORT)) return DEFAULT_PORT;
  const port = await freePort();
  console.log(`bench: port ${DEFAULT_PORT} is in use; using ${port} (set BENCH_PORT to choose)`);
  return port;
}

async function main() {
  const startedAt = new Date();
  const loadBefore = loadavg();
  const port = await choosePort();
  const seeded = await seed({ url, target });

  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const [{ version }] = (await db.query('SELECT version()')).rows;
  const [{ shared_buffers: sharedBuffers }] = (await db.query('SHOW shared_buffers')).rows;
  const [{ n: published }] = (
    await db.query(
      `SELECT count(*)::int AS n FROM content_items i JOIN sites s ON s.id = i.site_id WHERE s.slug = $1 AND i.type = 'article' AND i.live_status = 'published'`,
      [DEMO_SITE.slug],
    )
  ).rows;
  const [{ n: documents }] = (await db.query(`SELECT count(*)::int AS n FROM search_documents`)).rows;
  await db.end();

  const logDir = mkdtempSync(join(tmpdir(), 'congxa-bench-'));
  const apiLog = join(logDir, 'api.log');
  console.log(`bench: starting the API (node apps/api/dist/main.js) on 127.0.0.1:${port}; its log: ${apiLog}`);
  const api = startApi({
    port,
    log: createWriteStream(apiLog),
    env: {
      DATABASE_URL: url,
      NODE_ENV: 'production',
      CONGXA_DEMO: '0',
      LOG_LEVEL: 'warn',
      // The scheduler's first pass checks every published item for its search document: let it run before
      // measuring (every 2 s instead of 15 s), not in the middle of a case.
      CONGXA_SCHEDULER_INTERVAL_MS: '2000',
    },
  });
  let raw = null;
  const stopAll = async () => {
    await stopChild(api);
    if (raw) await stopChild(raw.child);
  };
  process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));
  try {
    await waitForHealth(api, port, 120_000);
    const bootMem = memoryOf(api.pid);
    await sleep(5000);

    // What to ask for: the newest bench article (slug `-b<n>`) from the first page of the public list.
    const list = JSON.parse((await get(port, '/api/v1/public/articles')).body.toString('utf8'));
    const item = list.items.find((a) => /-b\d+$/.test(a.slug)) ?? list.items[0];
    if (!item) throw new Error('the public list is empty: is the demo site on localhost?');
    const slug = item.slug;
    const phrase = '"nông thôn mới"';
    const varied = searchQueries(20_000).map((query) => `/api/v1/public/search?q=${encodeURIComponent(query)}`);
    const cases = [
      {
        key: 'list',
        short: 'list',
        label: 'GET /api/v1/public/articles (list JSON)',
        path: '/api/v1/public/articles',
        connections: THROUGHPUT_CONNECTIONS,
        target: 'json',
      },
      {
        key: 'article',
        short: 'article',
        label: 'GET /api/v1/public/articles/:slug',
        path: `/api/v1/public/articles/${slug}`,
        connections: THROUGHPUT_CONNECTIONS,
        target: 'json',
      },
      {
        key: 'search1',
        short: '"quyet dinh" repeated',
        label: 'GET /api/v1/public/search?q=quyet dinh',
        path: '/api/v1/public/search?q=quyet%20dinh',
        connections: SEARCH_CONNECTIONS,
        target: 'search',
      },
      {
        key: 'search2',
        short: 'phrase repeated',
        label: `GET /api/v1/public/search?q=${phrase} (3-word phrase)`,
        path: `/api/v1/public/search?q=${encodeURIComponent(phrase)}`,
        connections: SEARCH_CONNECTIONS,
        target: 'search',
      },
      {
        key: 'search3',
        short: 'varied queries',
        label: `GET /api/v1/public/search?q=… (${fmtInt(varied.length)} different queries in turn, no two alike: no cache helps)`,
        path: varied[0],
        paths: varied,
        connections: SEARCH_CONNECTIONS,
        target: 'search',
      },
      { key: 'home', label: 'GET / (home page)', path: '/', connections: THROUGHPUT_CONNECTIONS, page: [list.items[0].title] },
      {
        key: 'page',
        label: 'GET /tin-tuc/:slug (article page)',
        path: `/tin-tuc/${slug}`,
        connections: THROUGHPUT_CONNECTIONS,
        target: 'ssrArticle',
        page: [item.title],
      },
    ];

    // Capture each answer once (as autocannon asks: no Accept-Encoding, so uncompressed), for the raw server.
    const answers = {};
    for (const c of cases) {
      const t0 = performance.now();
      const a = await get(port, c.path);
      c.firstMs = performance.now() - t0;
      c.status = a.status;
      c.bytes = a.body.length;
      c.contentType = String(a.headers['content-type'] ?? '');
      if (c.page) c.kind = pageKind(a, c.page);
      answers[c.path] = { status: a.status, headers: headerObject(a.rawHeaders), body: a.body.toString('base64') };
    }
    raw = await startRaw(answers);
    const rawPid = raw.child.pid;

    const warm = Math.max(1, Math.min(3, Math.round(duration / 5)));
    for (const c of cases) {
      process.stdout.write(`bench: ${c.label} — ${c.connections} connections, ${duration} s${c.paths ? '' : ' each, API then raw'} … `);
      if (c.paths) {
        // Its own warm-up would use up queries: the earlier cases warmed the API.
        c.api = await load(port, c.path, c.connections, duration, c.paths);
        c.apiMem = memoryOf(api.pid);
        c.raw = null;
        c.ratio = NaN;
        console.log(`${round(c.api.rps)} req/s, p99 ${c.api.p99} ms (${fmtInt(Math.min(c.api.total, c.paths.length))} distinct queries asked)`);
        continue;
      }
      await load(port, c.path, c.connections, warm);
      c.api = await load(port, c.path, c.connections, duration);
      c.apiMem = memoryOf(api.pid);
      await load(raw.port, c.path, c.connections, warm);
      c.raw = await load(raw.port, c.path, c.connections, duration);
      c.ratio = c.api.rps / c.raw.rps;
      console.log(`${round(c.api.rps)} vs ${round(c.raw.rps)} req/s (${round(c.ratio * 100, 1)}%), p99 ${c.api.p99} ms`);
    }
    const rawMem = memoryOf(rawPid);

    const visible = await publishVisible(port, item).catch((err) => ({ error: err instanceof Error ? err.message : String(err) }));
    const endMem = memoryOf(api.pid);

    const doc = report({ startedAt, seeded, version, sharedBuffers, published, documents, cases, visible, bootMem, endMem, rawMem, slug, loadBefore });
    // Formatted as `npm run lint` (prettier --check) wants it.
    const prettier = requireFromRoot('prettier');
    const outFile = join(ROOT, 'docs', 'benchmarks.md');
    const formatted = await prettier.format(doc, { ...(await prettier.resolveConfig(outFile)), filepath: outFile });
    writeFileSync(outFile, formatted);
    console.log('\n' + formatted);
    console.log('bench: written to docs/benchmarks.md');
  } catch (err) {
    console.error(`bench failed: ${err instanceof Error ? err.message : err}\n--- API log tail ---\n${api.tail()}`);
    process.exitCode = 1;
  } finally {
    await stopAll();
  }
}

/**
 * A chief unpublishes the article and republishes it, VISIBLE_ROUNDS times; each time, the clock runs from
 * just before the API call until the public list (first page, as a browser would ask) shows the change.
 */
async function publishVisible(port, item) {
  const { accessToken } = await call(port, 'POST', '/api/v1/auth/login', { email: 'chief@demo.local', password: DEMO_PASSWORD });
  const transitions = `/api/v1/sites/${DEMO_SITE.slug}/articles/${item.id}/transitions`;
  const listed = async () => JSON.parse((await get(port, '/api/v1/public/articles')).body.toString('utf8')).items.some((a) => a.id === item.id);
  const until = async (want) => {
    const deadline = performance.now() + 30_000;
    let polls = 0;
    while (performance.now() < deadline) {
      polls++;
      if ((await listed()) === want) return polls;
    }
    throw new Error(`the public list did not ${want ? 'show' : 'drop'} the article within 30 s`);
  };
  const samples = { unpublish: [], republish: [], callMs: [], polls: [] };
  for (let i = 0; i < VISIBLE_ROUNDS; i++) {
    for (const action of ['unpublish', 'republish']) {
      const t0 = performance.now();
      await call(port, 'POST', transitions, { action, note: 'Đo thời gian hiển thị (benchmark)' }, accessToken);
      samples.callMs.push(performance.now() - t0);
      samples.polls.push(await until(action === 'republish'));
      samples[action].push(performance.now() - t0);
    }
  }
  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return { median: s[Math.floor(s.length / 2)], max: s[s.length - 1] };
  };
  return { unpublish: stats(samples.unpublish), republish: stats(samples.republish), call: stats(samples.callMs), polls: stats(samples.polls) };
}

function gitRevision() {
  try {
    const rev = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'apps', 'libs'], { cwd: ROOT }).toString().trim() !== '';
    return dirty ? `${rev} with uncommitted changes under apps/ or libs/` : rev;
  } catch {
    return 'unknown';
  }
}

function report({ startedAt, seeded, version, sharedBuffers, published, documents, cases, visible, bootMem, endMem, rawMem, slug, loadBefore }) {
  const verdict = (met) => (met ? '**met**' : '**missed**');
  const targetOf = (c) => {
    if (c.target === 'json') return { text: TARGETS.json.text, met: c.ratio >= TARGETS.json.ratio };
    if (c.target === 'ssrArticle') {
      const ssr = c.kind?.startsWith('server-rendered');
      return { text: TARGETS.ssrArticle.text + (ssr ? '' : ' (not server-rendered yet)'), met: ssr && c.ratio >= TARGETS.ssrArticle.ratio };
    }
    if (c.target === 'search') return { text: TARGETS.search.text, met: c.api.p99 <= TARGETS.search.p99 };
    return { text: '—', met: null };
  };
  const cpu = cpus();
  const lines = [];
  lines.push('# Benchmarks: the public portal at 100,000 articles', '');
  lines.push(
    `Written by \`npm run bench\` (scripts/bench/run.mjs) on ${startedAt.toISOString().replace(/\.\d+Z$/, 'Z')}; do not edit by hand — run it again. ` +
      'Each case runs against the production build of the API on PostgreSQL and, right after, against a bare `node:http` server ' +
      'answering the same URL with the same bytes (status, headers, body) from memory; the ratio is API ÷ raw requests per second.',
    '',
  );
  lines.push('## Machine and data', '');
  lines.push(`- CPU: ${cpu.length} × ${cpu[0]?.model ?? 'unknown'}; memory ${round(totalmem() / 2 ** 30, 1)} GiB; Linux ${release()}.`);
  lines.push(
    `- **The load generator (autocannon ${autocannonVersion}, one Node process), the API, PostgreSQL and the raw server all share these ${cpu.length} cores**: absolute figures are lower than on a server with a separate load generator, and the ratios are the figures to compare.`,
  );
  lines.push(
    `- Load average (1 min) before the run: ${round(loadBefore[0], 2)}; after: ${round(loadavg()[0], 2)} — anything else running on the machine (builds, tests) lowers the figures.`,
  );
  lines.push(`- Node ${process.version}; ${version.split(',')[0]} (shared_buffers ${sharedBuffers}); code at ${gitRevision()}.`);
  lines.push(
    `- Data: ${fmtInt(published)} published articles in the demo site (${fmtInt(seeded.total)} generated by the seed across 20 categories, the rest from the demo), ${fmtInt(documents)} search documents.` +
      (seeded.added ? ` The seed added ${fmtInt(seeded.added)} articles in this run, in ${round(seeded.ms / 1000)} s.` : ' The seed found them in place.'),
  );
  lines.push(
    `- Requests: \`Host: ${HOST}\` (the demo site), keep-alive, no \`Accept-Encoding\` (uncompressed answers), ${duration} s per case after a short warm-up; ${THROUGHPUT_CONNECTIONS} connections for throughput, ${SEARCH_CONNECTIONS} for search. Article: \`${slug}\`.`,
  );
  lines.push('');
  lines.push('## Results', '');
  lines.push(
    '| case | conn. | answer | 1st ms | API req/s | p50 ms | p97.5 ms | p99 ms | raw req/s | raw p99 ms | API ÷ raw | API RSS MB | non-2xx / errors | target | |',
  );
  lines.push('| --- | --: | --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --- | --- |');
  for (const c of cases) {
    const t = targetOf(c);
    const answer = `${c.status}, ${fmtInt(c.bytes)} B${c.kind ? `, ${c.kind}` : ''}`;
    lines.push(
      `| ${c.label} | ${c.connections} | ${answer} | ${round(c.firstMs)} | ${fmtInt(c.api.rps)} | ${c.api.p50} | ${c.api.p975} | ${c.api.p99} | ${c.raw ? fmtInt(c.raw.rps) : '—'} | ${c.raw ? c.raw.p99 : '—'} | ${c.raw ? `${round(c.ratio * 100, 1)}%` : '—'} | ${round(c.apiMem.rssMb)} | ${c.api.non2xx} / ${c.api.errors} | ${t.text} | ${t.met === null ? '' : verdict(t.met)} |`,
    );
  }
  lines.push('');
  lines.push(
    '"1st ms" is the first request of the case, alone, before the load (what a response cache, if any, does not yet hold); ' +
      '"answer" is the status and size of that answer, and for pages whether the HTML carries the content (server-rendered) or not (an SPA shell). ' +
      'A case without a raw figure asks a different URL each time, so there is no single answer to replay.',
  );
  lines.push('');
  lines.push(
    `API memory (VmRSS of the API process, /proc): ${round(bootMem.rssMb)} MB after start, ${round(endMem.rssMb)} MB at the end, peak ${round(endMem.peakMb)} MB. ` +
      `The raw server: ${round(rawMem.rssMb)} MB.`,
  );
  lines.push('');
  lines.push('## Publish visible', '');
  if (visible.error) {
    lines.push(`Not measured: ${visible.error}`);
  } else {
    lines.push(
      `A chief unpublishes the newest generated article and republishes it, ${VISIBLE_ROUNDS} times, through \`POST /api/v1/sites/${DEMO_SITE.slug}/articles/:id/transitions\`; ` +
        'the clock runs from just before the call until `GET /api/v1/public/articles` (first page, polled back to back) shows the change.',
      '',
    );
    lines.push('| move | median ms | max ms | target | |');
    lines.push('| --- | --: | --: | --- | --- |');
    for (const move of ['unpublish', 'republish']) {
      const s = visible[move];
      lines.push(`| ${move} → list shows it | ${round(s.median)} | ${round(s.max)} | ${TARGETS.visible.text} | ${verdict(s.max <= TARGETS.visible.ms)} |`);
    }
    lines.push('');
    lines.push(
      `The API call alone took ${round(visible.call.median)} ms (median), ${round(visible.call.max)} ms at most; the list showed the change at the ${visible.polls.median === 1 ? 'first' : `${visible.polls.median}th`} request after it (median), ${visible.polls.max} at most. One process: several API processes on one database are not measured here.`,
    );
  }
  lines.push('');
  lines.push('## Targets', '');
  const jsonCases = cases.filter((c) => c.target === 'json');
  const searchCases = cases.filter((c) => c.target === 'search');
  const page = cases.find((c) => c.key === 'page');
  lines.push(
    `- ${TARGETS.json.text}: ${verdict(jsonCases.every((c) => c.ratio >= TARGETS.json.ratio))} (${jsonCases.map((c) => `${c.short} ${round(c.ratio * 100, 1)}%`).join(', ')}).`,
  );
  lines.push(`- ${TARGETS.ssrArticle.text}: ${verdict(targetOf(page).met)} (${round(page.ratio * 100, 1)}%; the page answered as: ${page.kind}).`);
  lines.push(
    `- ${TARGETS.search.text}: ${verdict(searchCases.every((c) => c.api.p99 <= TARGETS.search.p99))} (p99: ${searchCases.map((c) => `${c.short} ${c.api.p99} ms`).join(', ')}).`,
  );
  lines.push(
    `- ${TARGETS.visible.text}: ${visible.error ? '**not measured**' : `${verdict(Math.max(visible.unpublish.max, visible.republish.max) <= TARGETS.visible.ms)} (max ${round(Math.max(visible.unpublish.max, visible.republish.max))} ms)`}.`,
  );
  lines.push(
    '- Not measured by this script: Lighthouse scores and the public JavaScript budget (see the issue), and publish visibility across several API processes.',
  );
  lines.push('');
  lines.push('## How to run', '');
  lines.push('```sh');
  lines.push('createdb -h 127.0.0.1 -U postgres -E UTF8 --lc-collate=C.UTF-8 --lc-ctype=C.UTF-8 -T template0 congxa_bench');
  lines.push('npm run build                      # the production build (API, shared, both apps)');
  lines.push('export DATABASE_URL=postgres://postgres@127.0.0.1:5432/congxa_bench');
  lines.push('npm run bench:seed                 # migrate, demo site and people, BENCH_ARTICLES (100000) articles; again: adds what is missing');
  lines.push('npm run bench                      # seeds if needed, then measures and writes docs/benchmarks.md');
  lines.push('BENCH_DURATION=5 BENCH_PORT=3901 npm run bench   # shorter cases, another port');
  lines.push('```');
  lines.push('');
  return lines.join('\n');
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (err) => {
    console.error(`bench failed: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  },
);
