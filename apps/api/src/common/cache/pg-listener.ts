import { Logger } from '@nestjs/common';
import { Client } from 'pg';

export interface ListenerEvents {
  /** A notification on the channel arrived. */
  message(payload: string): void;
  /** LISTEN is in place (first time, or again after a loss: notifications in between were missed). */
  up(): void;
  /** The connection is lost: notifications may be missed until `up` again. */
  down(): void;
}

/** How often the connection is checked with a query (a dead peer without a reset is otherwise noticed late). */
const HEARTBEAT_MS = 15_000;
const HEARTBEAT_TIMEOUT_MS = 5_000;
const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 10_000;

/**
 * One dedicated PostgreSQL connection that LISTENs on a channel (a pooled connection cannot: it is handed
 * to other work between queries). Reconnects with backoff; checks itself with a heartbeat. It only
 * receives — notifications are sent by `pg_notify` in the transaction that made the change, on the pool.
 */
export class PgListener {
  private readonly logger = new Logger('PublicCache');
  private client: Client | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private retry: NodeJS.Timeout | null = null;
  private delay = RETRY_MIN_MS;
  private stopped = false;
  private connected = false;
  private failures = 0;

  constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly events: ListenerEvents,
  ) {}

  /** Connect and LISTEN; resolves (true) once listening, or (false) after a first failure, retrying in the background. */
  async start(): Promise<boolean> {
    this.stopped = false;
    return this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    await this.drop();
  }

  private async connect(): Promise<boolean> {
    const client = new Client({ connectionString: this.url, application_name: 'congxa-cache-listener', keepAlive: true, connectionTimeoutMillis: 5_000 });
    client.on('notification', (n) => {
      if (n.channel === this.channel && typeof n.payload === 'string') this.events.message(n.payload);
    });
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client, null));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
    } catch (err) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
      this.schedule(err);
      return false;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return false;
    }
    this.client = client;
    this.connected = true;
    this.delay = RETRY_MIN_MS;
    if (this.failures > 0) this.logger.log('listening again for changes made by other processes');
    this.failures = 0;
    this.heartbeat = setInterval(() => void this.beat(client), HEARTBEAT_MS);
    this.heartbeat.unref();
    this.events.up();
    return true;
  }

  private async beat(client: Client): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        client.query('SELECT 1'),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('heartbeat timed out')), HEARTBEAT_TIMEOUT_MS);
        }),
      ]);
    } catch (err) {
      this.lost(client, err);
    } finally {
      clearTimeout(timer);
    }
  }

  private lost(client: Client, err: unknown): void {
    if (client !== this.client) return;
    this.client = null;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    client.removeAllListeners('end');
    void client.end().catch(() => undefined);
    if (this.connected) {
      this.connected = false;
      this.events.down();
    }
    if (!this.stopped) this.schedule(err);
  }

  private schedule(err: unknown): void {
    if (this.stopped || this.retry) return;
    if (this.failures++ === 0) {
      this.logger.warn(
        `cannot listen for other processes' changes (${err instanceof Error ? err.message : 'connection closed'}): public reads go uncached until it can`,
      );
    }
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.connect();
    }, this.delay);
    this.retry.unref();
    this.delay = Math.min(this.delay * 2, RETRY_MAX_MS);
  }

  private async drop(): Promise<void> {
    const client = this.client;
    this.client = null;
    this.connected = false;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    if (client) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
    }
  }
}
