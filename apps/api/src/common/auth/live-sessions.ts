import { Injectable } from '@nestjs/common';

/**
 * Where sessions are looked up. A session is a refresh-token family; the auth module owns that table and
 * provides this (so `common/` does not import `modules/`).
 */
export abstract class SessionLookup {
  /** True while the session belongs to the user and has not been revoked (logout, reuse, password change). */
  abstract isSessionOpen(userId: string, sessionId: string): Promise<boolean>;
}

/** How long "this session is alive" is believed without asking the database again. */
export const LIVE_SESSION_TTL_MS = 5_000;
/** A revoked session never comes back, so that answer may be kept longer (it is only a cache either way). */
export const ENDED_SESSION_TTL_MS = 60 * 60_000;
export const SESSION_CACHE_SIZE = 10_000;

interface Entry {
  userId: string;
  alive: boolean;
  until: number;
}

/**
 * Which sessions access tokens may still speak for, with a small in-process cache. A session ended in this
 * process (`ended()`) is refused at once; another API process sees it after at most `LIVE_SESSION_TTL_MS`.
 */
@Injectable()
export class LiveSessions {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly lookup: SessionLookup) {}

  async isLive(userId: string, sessionId: string): Promise<boolean> {
    const cached = this.get(sessionId);
    if (cached) return cached.alive && cached.userId === userId;
    const alive = await this.lookup.isSessionOpen(userId, sessionId);
    // An answer read while the session was being ended must not overwrite the ending.
    if (this.get(sessionId)?.alive !== false) this.set(sessionId, { userId, alive, until: Date.now() + (alive ? LIVE_SESSION_TTL_MS : ENDED_SESSION_TTL_MS) });
    return alive;
  }

  /** Call once the revocation is committed: this process refuses the session's access tokens from now on. */
  ended(sessionId: string): void {
    this.set(sessionId, { userId: '', alive: false, until: Date.now() + ENDED_SESSION_TTL_MS });
  }

  private get(sessionId: string): Entry | undefined {
    const entry = this.entries.get(sessionId);
    if (entry && entry.until <= Date.now()) {
      this.entries.delete(sessionId);
      return undefined;
    }
    return entry;
  }

  private set(sessionId: string, entry: Entry): void {
    this.entries.delete(sessionId);
    this.entries.set(sessionId, entry);
    // Oldest first: Map keeps insertion order, and every write re-inserts.
    while (this.entries.size > SESSION_CACHE_SIZE) this.entries.delete(this.entries.keys().next().value!);
  }
}
