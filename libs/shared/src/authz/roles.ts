/** Site roles, from the least to the most responsible (QC Điều 9). */
export const SITE_ROLES = ['contributor', 'editor', 'deputy', 'chief'] as const;
export type SiteRole = (typeof SITE_ROLES)[number];

export const ROLE_LABELS: Record<SiteRole, { vi: string; en: string }> = {
  contributor: { vi: 'Cộng tác viên', en: 'Contributor' },
  editor: { vi: 'Biên tập viên', en: 'Editor' },
  deputy: { vi: 'Phó Trưởng ban', en: 'Deputy head' },
  chief: { vi: 'Trưởng ban biên tập', en: 'Editor-in-chief' },
};

export function isSiteRole(value: unknown): value is SiteRole {
  return typeof value === 'string' && (SITE_ROLES as readonly string[]).includes(value);
}
