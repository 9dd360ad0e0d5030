import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { type ClaimedMail, MailOutboxRepository } from './mail-outbox.repository';
import { MailTransport } from './mail-transport';

export interface DispatchResult {
  sent: number;
  /** Failed this time, due again later. */
  retried: number;
  /** Given up on (a permanent SMTP refusal, or the last attempt). */
  failed: number;
}

/** How often the dispatcher looks for due mail. */
export const DISPATCH_INTERVAL_MS = 5_000;
/** Mails claimed per round. */
export const DISPATCH_BATCH = 20;
/** Rounds per dispatch, at most (the rest waits for the next tick). */
const MAX_ROUNDS = 10;
/** A claimed mail is not offered to another dispatcher for this long (seconds). */
export const CLAIM_LEASE_SECONDS = 300;
/** After this many attempts a mail is marked failed. */
export const MAX_ATTEMPTS = 6;
/** Wait before the next attempt, by the number of attempts made so far (seconds). */
const BACKOFF_SECONDS = [60, 300, 900, 3_600, 10_800];
/** How long closing the app waits for a send in flight. */
const SHUTDOWN_WAIT_MS = 10_000;

export function backoffSeconds(attempts: number): number {
  return BACKOFF_SECONDS[Math.min(Math.max(attempts, 1), BACKOFF_SECONDS.length) - 1]!;
}

interface SmtpError {
  code?: unknown;
  responseCode?: unknown;
  message?: unknown;
}

/** A 5xx answer to the message or a recipient will not change on retry (a 5xx to AUTH is a configuration to fix). */
function isPermanent(err: SmtpError): boolean {
  return typeof err.responseCode === 'number' && err.responseCode >= 500 && err.responseCode < 600 && err.code !== 'EAUTH';
}

function describe(err: unknown): string {
  const e = (err ?? {}) as SmtpError;
  const parts = [typeof e.code === 'string' ? e.code : null, typeof e.responseCode === 'number' ? String(e.responseCode) : null, String(e.message ?? err)];
  return parts.filter(Boolean).join(' ').slice(0, 1000);
}

/**
 * Sends pending outbox rows through SMTP. Any number of API processes may run it against one database:
 * rows are claimed with `FOR UPDATE SKIP LOCKED` and leased, so each mail is sent once (a process that
 * dies mid-send leaves its rows due again after the lease: at-least-once, like any mail system).
 * Runs on an interval (unref'ed) when SMTP is configured; `dispatchPending()` is also callable directly.
 */
@Injectable()
export class MailDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly rows: MailOutboxRepository,
    private readonly transport: MailTransport,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.transport.configured) return;
    this.timer = setInterval(() => void this.tick(), DISPATCH_INTERVAL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.stop();
    if (this.running) await Promise.race([this.running.catch(() => undefined), new Promise((r) => setTimeout(r, SHUTDOWN_WAIT_MS).unref())]);
    this.transport.close();
  }

  /** Stop the interval (on close; tests that drive `dispatchPending()` themselves call it too). */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Send every due pending mail now. Safe to call concurrently, from any number of processes. */
  async dispatchPending(): Promise<DispatchResult> {
    const result: DispatchResult = { sent: 0, retried: 0, failed: 0 };
    if (!this.transport.configured) return result;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const batch = await this.rows.claim(DISPATCH_BATCH, CLAIM_LEASE_SECONDS);
      for (const mail of batch) await this.sendOne(mail, result);
      if (batch.length < DISPATCH_BATCH) break;
    }
    if (result.sent + result.retried + result.failed > 0) {
      this.logger.debug(`Đã gửi / sent ${result.sent}, thử lại sau / to retry ${result.retried}, lỗi / failed ${result.failed}`);
    }
    return result;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    const run = this.dispatchPending().catch((err: unknown) => {
      // Before the first migration has run (a fresh embedded database) the table does not exist yet.
      const code = (err as { code?: unknown; driverError?: { code?: unknown } }).driverError?.code ?? (err as { code?: unknown }).code;
      if (code !== '42P01') this.logger.warn(`Gửi thư lỗi / mail dispatch failed: ${describe(err)}`);
    });
    this.running = run;
    try {
      await run;
    } finally {
      this.running = null;
    }
  }

  private async sendOne(mail: ClaimedMail, result: DispatchResult): Promise<void> {
    try {
      await this.transport.send(mail);
    } catch (err) {
      const error = describe(err);
      if (isPermanent(err as SmtpError) || mail.attempts >= MAX_ATTEMPTS) {
        await this.rows.markFailed(mail.id, error);
        result.failed++;
        this.logger.warn(`Thư ${mail.id} không gửi được sau ${mail.attempts} lần / mail not sent after ${mail.attempts} attempts: ${error}`);
      } else {
        await this.rows.markRetry(mail.id, error, backoffSeconds(mail.attempts));
        result.retried++;
      }
      return;
    }
    await this.rows.markSent(mail.id);
    result.sent++;
  }
}
