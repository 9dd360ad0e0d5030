import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('should default to loopback, port 3000, the embedded database and demo data', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ host: '127.0.0.1', port: 3000, databaseUrl: null, demo: true, defaultSite: 'an-hao-dong', trustProxy: false });
    expect(c.dataDir).toMatch(/\/data$/);
  });

  it('should not seed demo accounts when listening beyond loopback unless asked explicitly', () => {
    expect(loadConfig({ HOST: '0.0.0.0' }).demo).toBe(false);
    expect(loadConfig({ HOST: '0.0.0.0', CONGXA_DEMO: '1' }).demo).toBe(true);
    expect(loadConfig({ CONGXA_DEMO: '0' }).demo).toBe(false);
  });

  it('should not seed demo data on PostgreSQL unless asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://x/y' }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://x/y', CONGXA_DEMO: '1' }).demo).toBe(true);
  });

  it('should read TRUST_PROXY as a flag, a hop count or a list', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 10.0.0.0/8' }).trustProxy).toEqual(['10.0.0.1', '10.0.0.0/8']);
  });

  it('should refuse values that cannot work, naming the variable', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ CONGXA_DEMO_SITE_CODE: '12' })).toThrow(/CONGXA_DEMO_SITE_CODE/);
    expect(() => loadConfig({ CONGXA_DEMO: 'maybe' })).toThrow(/CONGXA_DEMO/);
  });
});
