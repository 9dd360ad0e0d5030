import type { Permission } from '@congxa/shared/authz';
import { ROLE_PERMISSIONS, type SiteRole } from '@congxa/shared/authz';
import { describe, expect, it } from 'vitest';
import { navigationFor } from './navigation';

/** Access as a member of one site with `role` (from the shared matrix), with account permissions. */
function access(role: SiteRole | null, account: Permission[] = ['account.read', 'text.convert']) {
  return {
    hasSite: role !== null,
    inSite: (p: Permission) => role !== null && ROLE_PERMISSIONS[role].includes(p),
    onAccount: (p: Permission) => account.includes(p),
  };
}
const routes = (role: SiteRole | null, account?: Permission[]) => navigationFor(access(role, account)).flatMap((g) => g.links.map((l) => l.route));

describe('navigationFor', () => {
  it('should show a contributor their work and tools, and no administration', () => {
    expect(routes('contributor')).toEqual(['dashboard', 'articles', 'pages', 'documents', 'procedures', 'schedules', 'media', 'text-convert']);
  });

  it('should show the chief the administration of the site', () => {
    const chief = routes('chief');
    for (const route of ['members', 'fields', 'categories', 'site-settings', 'audit', 'outbox']) expect(chief).toContain(route);
  });

  it('should show the deputy the site settings screen (for the banner), and not the fields', () => {
    const deputy = routes('deputy');
    expect(deputy).toContain('site-settings');
    expect(deputy).not.toContain('fields');
    expect(routes('editor')).not.toContain('site-settings');
  });

  it('should show no site links without a site, and the platform group only to a platform administrator', () => {
    expect(routes(null)).toEqual(['text-convert']);
    expect(routes(null, ['platform.site.manage'])).toEqual(['platform-sites']);
  });

  it('should leave out a group whose links are all forbidden', () => {
    const groups = navigationFor({ hasSite: true, inSite: () => false, onAccount: () => false });
    expect(groups).toEqual([]);
  });
});
