import { sitePermissions } from './matrix';
import { canEditMedia } from './media-policy';
import { SITE_ROLES, type SiteRole } from './roles';

describe('media policy matrix', () => {
  const ME = 'user-me';
  const uploaders = { own: ME, other: 'user-other', nobody: null } as const;
  // Written out independently of the matrix: editors, the deputy and the chief fix anyone's alt text;
  // contributors only their own uploads; a platform admin without a role, nobody's.
  const expected: Record<SiteRole | 'admin', Record<keyof typeof uploaders, boolean>> = {
    contributor: { own: true, other: false, nobody: false },
    editor: { own: true, other: true, nobody: true },
    deputy: { own: true, other: true, nobody: true },
    chief: { own: true, other: true, nobody: true },
    admin: { own: false, other: false, nobody: false },
  };

  for (const who of [...SITE_ROLES, 'admin'] as const) {
    const permissions = new Set(who === 'admin' ? sitePermissions(null, true) : sitePermissions(who, false));
    for (const [whose, uploadedById] of Object.entries(uploaders) as [keyof typeof uploaders, string | null][]) {
      const allowed = expected[who][whose];
      it(`should ${allowed ? 'allow' : 'deny'} a ${who} to edit media uploaded by ${whose}`, () => {
        expect(canEditMedia({ userId: ME, permissions }, { uploadedById })).toBe(allowed);
      });
    }
  }

  it('should deny an actor without a user id even when the uploader is unknown', () => {
    expect(canEditMedia({ userId: null, permissions: new Set(['media.update']) }, { uploadedById: null })).toBe(false);
  });
});
