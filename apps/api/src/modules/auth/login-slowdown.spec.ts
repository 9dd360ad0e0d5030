import { ACCOUNT_SLOWDOWN, slowdownDelayMs } from './login-slowdown';

describe('slowdownDelayMs', () => {
  it('should not delay while the account has fewer failures than the free ones', () => {
    for (let n = 0; n < 5; n++) expect(slowdownDelayMs(n, ACCOUNT_SLOWDOWN)).toBe(0);
  });

  it('should double the delay from 250 ms with each failure beyond the fifth', () => {
    expect([5, 6, 7, 8, 9].map((n) => slowdownDelayMs(n, ACCOUNT_SLOWDOWN))).toEqual([250, 500, 1000, 2000, 4000]);
  });

  it('should never delay longer than 5 s, however many failures', () => {
    expect(slowdownDelayMs(10, ACCOUNT_SLOWDOWN)).toBe(5000);
    expect(slowdownDelayMs(1_000_000, ACCOUNT_SLOWDOWN)).toBe(5000);
  });
});
