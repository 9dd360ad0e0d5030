import { ENDED_SESSION_TTL_MS, LIVE_SESSION_TTL_MS, LiveSessions, SESSION_CACHE_SIZE, SessionLookup } from './live-sessions';

const USER = '00000000-0000-4000-8000-000000000001';
const SID = '00000000-0000-4000-8000-0000000000aa';

class FakeLookup extends SessionLookup {
  open = new Set<string>();
  calls = 0;
  isSessionOpen = jest.fn(async (userId: string, sessionId: string) => {
    this.calls++;
    return userId === USER && this.open.has(sessionId);
  });
}

describe('LiveSessions', () => {
  let lookup: FakeLookup;
  let sessions: LiveSessions;
  beforeEach(() => {
    jest.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') });
    lookup = new FakeLookup();
    lookup.open.add(SID);
    sessions = new LiveSessions(lookup);
  });
  afterEach(() => jest.useRealTimers());

  it('should ask the database once, then believe "alive" for the TTL only', async () => {
    expect(await sessions.isLive(USER, SID)).toBe(true);
    expect(await sessions.isLive(USER, SID)).toBe(true);
    expect(lookup.calls).toBe(1);
    // Revoked by another process: seen once the TTL is over.
    lookup.open.delete(SID);
    jest.advanceTimersByTime(LIVE_SESSION_TTL_MS - 1);
    expect(await sessions.isLive(USER, SID)).toBe(true);
    jest.advanceTimersByTime(1);
    expect(await sessions.isLive(USER, SID)).toBe(false);
    expect(lookup.calls).toBe(2);
  });

  it('should refuse a session at once when it is ended in this process, without asking the database', async () => {
    expect(await sessions.isLive(USER, SID)).toBe(true);
    sessions.ended(SID);
    expect(await sessions.isLive(USER, SID)).toBe(false);
    expect(lookup.calls).toBe(1);
  });

  it('should keep an ending when a lookup that started before it answers "alive" afterwards', async () => {
    let answer!: (open: boolean) => void;
    lookup.isSessionOpen.mockImplementationOnce(() => new Promise<boolean>((resolve) => (answer = resolve)));
    const racing = sessions.isLive(USER, SID);
    sessions.ended(SID);
    answer(true);
    await racing;
    expect(await sessions.isLive(USER, SID)).toBe(false);
    jest.advanceTimersByTime(ENDED_SESSION_TTL_MS);
    lookup.open.delete(SID);
    expect(await sessions.isLive(USER, SID)).toBe(false);
  });

  it('should not let a cached session speak for another user', async () => {
    expect(await sessions.isLive(USER, SID)).toBe(true);
    expect(await sessions.isLive('00000000-0000-4000-8000-000000000002', SID)).toBe(false);
  });

  it('should forget the oldest entries beyond its size', async () => {
    for (let i = 0; i <= SESSION_CACHE_SIZE; i++) await sessions.isLive(USER, `s${i}`);
    const before = lookup.calls;
    await sessions.isLive(USER, `s${SESSION_CACHE_SIZE}`);
    expect(lookup.calls).toBe(before);
    await sessions.isLive(USER, 's0');
    expect(lookup.calls).toBe(before + 1);
  });
});
