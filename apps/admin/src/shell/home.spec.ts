import { describe, expect, it } from 'vitest';
import { homeTarget } from './home';

const site = (slug: string) => ({ id: slug, slug, code: slug.toUpperCase(), name: `Xã ${slug}` });

describe('homeTarget', () => {
  it('should open the dashboard of the site used last time, else the first one', () => {
    expect(homeTarget([site('a'), site('b')], false, 'b')).toEqual({ name: 'dashboard', params: { site: 'b' } });
    expect(homeTarget([site('a'), site('b')], false, 'gone')).toEqual({ name: 'dashboard', params: { site: 'a' } });
  });

  it('should send a platform administrator without sites to the site list, and keep anyone else home', () => {
    expect(homeTarget([], true, null)).toEqual({ name: 'platform-sites' });
    expect(homeTarget([], false, null)).toBeNull();
  });
});
