import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../..');
export const MAIN_JS = join(REPO_ROOT, 'apps/api/dist/main.js');
/** Preloaded into every app: it stops its process group when the process that started it is gone. */
const EXIT_WITH_PARENT = join(__dirname, 'exit-with-parent.cjs');

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
  /** How long stop() waits after SIGTERM before killing the process group and failing (default 10 s). */
  stopTimeoutMs?: number;
  /** Also write everything the process prints to this file (created, truncated). */
  logFile?: string;
}

export interface RunningApp {
  /** "http://127.0.0.1:<port>" */
  baseUrl: string;
  port: number;
  dataDir: string;
  /**
   * SIGTERM to the app's process group, then wait for the exit; after the stop timeout SIGKILL to the group
   * and reject. Safe to call more than once.
   */
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

/** Signals the child's whole process group (it is spawned detached, so it leads one); quiet if it is gone. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** Apps started and not yet exited, killed when this process exits whatever the reason. */
const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function killOnExit(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Only synchronous work is possible here. Inside a jest test file `process` is jest's copy, whose 'exit'
  // never fires; there the app's own preload (exit-with-parent.cjs) is the last resort.
  process.once('exit', () => {
    for (const app of running) signalGroup(app, 'SIGTERM');
  });
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

  let log: WriteStream | undefined;
  if (options.logFile) {
    mkdirSync(dirname(options.logFile), { recursive: true });
    log = createWriteStream(options.logFile);
  }
  const chunks: string[] = [];
  const collect = (d: string) => {
    chunks.push(d);
    log?.write(d);
  };
  // Its own process group (detached), so that stopping it also stops anything it started.
  const child = spawn(process.execPath, ['--require', EXIT_WITH_PARENT, mainJs], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  killOnExit(child);
  // A forgotten app must not keep jest from exiting: nothing here holds the event loop open (stop() does,
  // while it waits), and the exit hook and the preload stop the app once jest is gone.
  child.unref();
  (child.stdout as Socket | null)?.unref();
  (child.stderr as Socket | null)?.unref();
  child.stdout?.setEncoding('utf8').on('data', collect);
  child.stderr?.setEncoding('utf8').on('data', collect);
  const output = () => chunks.join('');
  let exitInfo: AppExit | null = null;
  const exitPromise = exited(child).then((info) => {
    exitInfo = info;
    return info;
  });

  const cleanup = async () => {
    // Whatever the app left running in its group goes with it.
    signalGroup(child, 'SIGKILL');
    if (log) await new Promise<void>((r) => log!.end(r));
    log = undefined;
    if (ownDataDir) await rm(dataDir, { recursive: true, force: true });
  };

  const stop = async (): Promise<AppExit> => {
    if (!exitInfo) {
      child.ref();
      signalGroup(child, 'SIGTERM');
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
        signalGroup(child, 'SIGKILL');
        await exitPromise;
        await cleanup();
        throw new Error(`the app did not exit within ${timeoutMs} ms of SIGTERM (killed)\n--- output ---\n${output()}`);
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
