import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../..');
export const MAIN_JS = join(REPO_ROOT, 'apps/api/dist/main.js');

export interface AppExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface StartAppOptions {
  /** The built entry point to run (default apps/api/dist/main.js of this checkout). */
  mainJs?: string;
  /** PGlite data directory; a fresh temporary one (removed on stop) when absent. */
  dataDir?: string;
  /** Extra or overriding environment variables; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  /** How long to wait for GET /api/v1/health to answer 200 (default 60 s). */
  startTimeoutMs?: number;
  /** How long stop() waits after SIGTERM before failing (default 10 s). */
  stopTimeoutMs?: number;
}

export interface RunningApp {
  /** "http://127.0.0.1:<port>" */
  baseUrl: string;
  port: number;
  dataDir: string;
  /** SIGTERM, then wait for the exit; rejects if the process is still alive after the stop timeout. */
  stop(): Promise<AppExit>;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** The exit, once the process has exited (null while it runs). */
  exit(): AppExit | null;
}

/** A fresh empty temporary directory for the embedded database. */
export function makeDataDir(prefix = 'congxa-e2e-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resolves when the child has exited (immediately if it already has). */
function exited(child: ChildProcess): Promise<AppExit> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((r) => child.once('exit', (code, signal) => r({ code, signal })));
}

/**
 * Starts the BUILT app (`node apps/api/dist/main.js`) as a separate process in embedded mode (PGlite, no
 * DATABASE_URL, demo data on), and waits until /api/v1/health answers 200.
 */
export async function startApp(options: StartAppOptions = {}): Promise<RunningApp> {
  const mainJs = options.mainJs ?? MAIN_JS;
  if (!existsSync(mainJs)) {
    throw new Error(`${mainJs} does not exist: run \`npm run build\` first`);
  }
  const ownDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await makeDataDir());
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;

  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined) env[key] = value;
  }
  delete env.DATABASE_URL;
  Object.assign(env, {
    PORT: String(port),
    HOST: '127.0.0.1',
    CONGXA_DATA_DIR: dataDir,
    CONGXA_DEMO: '1',
  });
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }

  const chunks: string[] = [];
  const child = spawn(process.execPath, [mainJs], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.setEncoding('utf8').on('data', (d: string) => chunks.push(d));
  child.stderr?.setEncoding('utf8').on('data', (d: string) => chunks.push(d));
  const output = () => chunks.join('');
  let exitInfo: AppExit | null = null;
  const exitPromise = exited(child).then((info) => {
    exitInfo = info;
    return info;
  });

  const cleanup = async () => {
    if (ownDataDir) await rm(dataDir, { recursive: true, force: true });
  };

  const stop = async (): Promise<AppExit> => {
    if (!exitInfo) {
      child.kill('SIGTERM');
      const timeoutMs = options.stopTimeoutMs ?? 10_000;
      let timer: NodeJS.Timeout | undefined;
      const timedOut = await Promise.race([
        exitPromise.then(() => false),
        new Promise<boolean>((r) => {
          timer = setTimeout(() => r(true), timeoutMs);
        }),
      ]);
      clearTimeout(timer);
      if (timedOut) {
        child.kill('SIGKILL');
        await exitPromise;
        await cleanup();
        throw new Error(`the app did not exit within ${timeoutMs} ms of SIGTERM\n--- output ---\n${output()}`);
      }
    }
    await cleanup();
    return exitInfo ?? (await exitPromise);
  };

  const deadline = Date.now() + (options.startTimeoutMs ?? 60_000);
  for (;;) {
    if (exitInfo) {
      await cleanup();
      const { code, signal } = exitInfo as AppExit;
      throw new Error(`the app exited (code ${code}, signal ${signal}) before it was healthy\n--- output ---\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/v1/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop().catch(() => undefined);
      throw new Error(`the app was not healthy within ${options.startTimeoutMs ?? 60_000} ms\n--- output ---\n${output()}`);
    }
    await sleep(200);
  }

  return { baseUrl, port, dataDir, stop, output, exit: () => exitInfo };
}
