import { describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS, SITE_ROLES, type SiteRole } from '@congxa/shared/authz';
import { assignableRoles, ROLE_CAPABILITIES, roleGuide, roleHas, roleMayRequest } from './roleGuide';

describe('roleGuide', () => {
  // Written out by hand from QC Điều 9 and product.md §2, independently of the matrix: if the matrix or the
  // workflow table changes who may do these things, this table (and the words on screen) must change too.
  const expected: Record<SiteRole, { can: string[]; cannot: string[]; grants: SiteRole[]; needsField: boolean }> = {
    contributor: { can: ['write'], cannot: ['verify', 'approve', 'invite', 'remove'], grants: [], needsField: false },
    editor: { can: ['write', 'verify', 'mediaAll'], cannot: ['approve', 'invite', 'remove'], grants: [], needsField: true },
    deputy: {
      can: ['write', 'verify', 'assign', 'forward', 'reject', 'pages', 'mediaAll', 'categories', 'invite', 'audit'],
      cannot: ['approve', 'remove'],
      grants: ['contributor', 'editor'],
      needsField: false,
    },
    chief: { can: [...ROLE_CAPABILITIES], cannot: [], grants: [...SITE_ROLES], needsField: false },
  };

  for (const role of SITE_ROLES) {
    it(`should explain what a ${role} may and may not do as the matrix and the workflow say`, () => {
      const guide = roleGuide(role);
      expect(guide.can).toEqual(expected[role].can);
      expect(guide.cannot).toEqual(expected[role].cannot);
      expect(guide.grants).toEqual(expected[role].grants);
      expect(guide.needsField).toBe(expected[role].needsField);
    });
  }

  it('should say "approve" only of roles that hold content.approve', () => {
    for (const role of SITE_ROLES) expect(roleHas(role, 'approve')).toBe(ROLE_PERMISSIONS[role].includes('content.approve'));
    expect(SITE_ROLES.filter((r) => roleHas(r, 'approve'))).toEqual(['chief']);
  });

  it('should follow the workflow table: only the board forwards, every member submits their own writing', () => {
    expect(SITE_ROLES.filter((r) => roleMayRequest(r, 'forward'))).toEqual(['deputy', 'chief']);
    expect(SITE_ROLES.every((r) => roleMayRequest(r, 'submit'))).toBe(true);
    expect(roleMayRequest('contributor', 'verify')).toBe(false);
  });
});

describe('assignableRoles', () => {
  it('should offer a deputy only contributor and editor for a new member', () => {
    expect(assignableRoles({ isPlatformAdmin: false, role: 'deputy' }, null)).toEqual(['contributor', 'editor']);
  });

  it('should offer the chief and a platform admin every role', () => {
    expect(assignableRoles({ isPlatformAdmin: false, role: 'chief' }, null)).toEqual([...SITE_ROLES]);
    expect(assignableRoles({ isPlatformAdmin: true, role: null }, 'deputy')).toEqual([...SITE_ROLES]);
  });

  it('should keep the current role listed even when the deputy could not give it', () => {
    expect(assignableRoles({ isPlatformAdmin: false, role: 'deputy' }, 'chief')).toEqual(['chief']);
  });

  it('should offer nothing to an editor or a contributor', () => {
    expect(assignableRoles({ isPlatformAdmin: false, role: 'editor' }, null)).toEqual([]);
    expect(assignableRoles({ isPlatformAdmin: false, role: 'contributor' }, null)).toEqual([]);
  });
});
