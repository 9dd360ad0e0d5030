// Shared helpers of the benchmark scripts: environment, paths of the built API, starting and stopping it.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const API_DIST = join(ROOT, 'apps', 'api', 'dist');
export const requireFromRoot = createRequire(join(ROOT, 'package.json'));

/** DATABASE_URL, or a clear refusal: the benchmark never runs on the embedded database. */
export function databaseUrl() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      [
        'DATABASE_URL is required: the benchmark seeds and measures a PostgreSQL database, never the embedded one.',
        'Create one with a UTF-8 locale, e.g.:',
        '  createdb -h 127.0.0.1 -U postgres -E UTF8 --lc-collate=C.UTF-8 --lc-ctype=C.UTF-8 -T template0 congxa_bench',
        '  DATABASE_URL=postgres://postgres@127.0.0.1:5432/congxa_bench npm run bench',
      ].join('\n'),
    );
    process.exit(2);
  }
  return url;
}

/** A positive integer from the environment, or the default; anything else stops with the variable's name. */
export function intEnv(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`${name} must be a whole number ≥ 0, got "${raw}"`);
    process.exit(2);
  }
  return value;
}

/** The built API is needed (main.js to serve, cli.js to migrate, a few pure modules for the seed). */
export function requireBuiltApi() {
  const missing = ['main.js', 'cli.js'].filter((f) => !existsSync(join(API_DIST, f)));
  if (missing.length || !existsSync(join(ROOT, 'libs', 'shared', 'dist'))) {
    console.error('The production build is missing (apps/api/dist, libs/shared/dist). Build first: npm run build');
    process.exit(2);
  }
}

/** A module of the built API (CommonJS), by its path under apps/api/dist. */
export function apiModule(path) {
  return requireFromRoot(join(API_DIST, path));
}

/** A free TCP port on loopback. */
export function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

/** Is the TCP port free on loopback? */
export function portFree(port) {
  return new Promise((res) => {
    const srv = createServer();
    srv.once('error', () => res(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => res(true)));
  });
}

export const sleep = (ms) => new Promise((res) => setTimeout(res, ms));

/** Run a command to completion with the given environment; rejects on a non-zero exit. */
export function run(cmd, args, env) {
  return new Promise((res, rej) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', rej);
    child.once('exit', (code) => (code === 0 ? res() : rej(new Error(`${cmd} ${args.join(' ')} exited with ${code}`))));
  });
}

/**
 * Start the production build of the API (`node apps/api/dist/main.js`) on loopback. Its output goes to
 * `logFile`'s stream (or is dropped). Returns the child; `stopApi` ends it.
 */
export function startApi({ port, env, log }) {
  const preload = join(ROOT, 'scripts', 'bench', 'exit-with-parent.cjs');
  const child = spawn(process.execPath, ['--require', preload, join(API_DIST, 'main.js')], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail = [];
  const keep = (chunk) => {
    if (log) log.write(chunk);
    tail.push(chunk.toString());
    if (tail.length > 40) tail.shift();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.tail = () => tail.join('');
  return child;
}

/** Wait until GET /api/v1/health answers 200 (or the process dies, or the time is up). */
export async function waitForHealth(child, port, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode} before answering:\n${child.tail()}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`the API did not answer /api/v1/health within ${timeoutMs / 1000} s:\n${child.tail()}`);
}

/** SIGTERM, then SIGKILL after a grace period. */
export async function stopChild(child, graceMs = 10_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((res) => child.once('exit', res));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** VmRSS and VmHWM of a process, in MB (Linux /proc). */
export function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return { rssMb: NaN, peakMb: NaN };
  }
}
