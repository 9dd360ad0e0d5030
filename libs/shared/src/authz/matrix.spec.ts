import { ALL_PERMISSIONS, PERMISSIONS } from './permissions';
import { PLATFORM_ADMIN_SITE_PERMISSIONS, ROLE_PERMISSIONS, sitePermissions } from './matrix';
import { canAssignRole, canRemoveMember, canUpdateMember, type MemberActor } from './member-policy';
import { SITE_ROLES, type SiteRole } from './roles';

describe('role matrix', () => {
  it('should grant roles only site-scoped permissions', () => {
    for (const role of SITE_ROLES) {
      for (const p of ROLE_PERMISSIONS[role]) expect(PERMISSIONS[p].scope).toBe('site');
    }
    for (const p of PLATFORM_ADMIN_SITE_PERMISSIONS) expect(PERMISSIONS[p].scope).toBe('site');
  });

  it('should keep audit and member management away from contributors and editors', () => {
    expect(sitePermissions('contributor', false)).not.toContain('audit.read');
    expect(sitePermissions('editor', false)).not.toContain('member.invite');
    expect(sitePermissions('deputy', false)).toContain('audit.read');
    expect(sitePermissions('deputy', false)).not.toContain('member.remove');
    expect(sitePermissions('chief', false)).toContain('member.remove');
  });

  it('should let only the chief and platform admins edit the site settings (footer, banner)', () => {
    expect(SITE_ROLES.filter((r) => sitePermissions(r, false).includes('site.settings'))).toEqual(['chief']);
    expect(sitePermissions(null, true)).toContain('site.settings');
    for (const role of SITE_ROLES) expect(sitePermissions(role, false)).toContain('site.read');
  });

  it('should let the deputy, the chief and platform admins switch the site-wide banner, and nobody else', () => {
    expect(SITE_ROLES.filter((r) => sitePermissions(r, false).includes('site.banner'))).toEqual(['deputy', 'chief']);
    expect(sitePermissions(null, true)).toContain('site.banner');
  });

  it('should give a platform admin without membership the site administration set only', () => {
    expect(sitePermissions(null, true).sort()).toEqual([...PLATFORM_ADMIN_SITE_PERMISSIONS].sort());
    expect(sitePermissions(null, false)).toEqual([]);
  });

  it('should name every permission exactly once in the vocabulary', () => {
    expect(new Set(ALL_PERMISSIONS).size).toBe(ALL_PERMISSIONS.length);
  });
});

describe('member policy matrix', () => {
  const actors: Record<string, MemberActor> = {
    admin: { isPlatformAdmin: true, role: null },
    chief: { isPlatformAdmin: false, role: 'chief' },
    deputy: { isPlatformAdmin: false, role: 'deputy' },
    editor: { isPlatformAdmin: false, role: 'editor' },
    contributor: { isPlatformAdmin: false, role: 'contributor' },
    outsider: { isPlatformAdmin: false, role: null },
  };
  const targets: (SiteRole | null)[] = [null, ...SITE_ROLES];
  // Expected: which actors may give role `to` to someone currently holding `from` (null = new member).
  const mayAssign = (actor: string, to: SiteRole, from: SiteRole | null): boolean => {
    if (actor === 'admin' || actor === 'chief') return true;
    const low = (r: SiteRole | null) => r === null || r === 'contributor' || r === 'editor';
    return actor === 'deputy' && low(to) && low(from) && to !== null;
  };

  for (const [name, actor] of Object.entries(actors)) {
    for (const to of SITE_ROLES) {
      for (const from of targets) {
        it(`should ${mayAssign(name, to, from) ? 'allow' : 'deny'} ${name} to assign ${to} to ${from ?? 'a new member'}`, () => {
          expect(canAssignRole(actor, to, from)).toBe(mayAssign(name, to, from));
        });
      }
      it(`should ${['admin', 'chief'].includes(name) ? 'allow' : 'deny'} ${name} to remove a ${to}`, () => {
        expect(canRemoveMember(actor, to)).toBe(['admin', 'chief'].includes(name));
      });
      const mayUpdate = ['admin', 'chief'].includes(name) || (name === 'deputy' && (to === 'contributor' || to === 'editor'));
      it(`should ${mayUpdate ? 'allow' : 'deny'} ${name} to update a ${to}`, () => {
        expect(canUpdateMember(actor, to)).toBe(mayUpdate);
      });
    }
  }
});
