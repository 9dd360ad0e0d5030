import type { Permission } from '@congxa/shared/authz';

/** One link of the navigation: a named route, its label key, and the permission it needs. */
export interface NavLink {
  route: string;
  /** i18n key of the label (namespace `shell.nav`). */
  label: NavLabel;
  /**
   * Held in the current site (site links) or on the account (account and platform links); a list means any
   * one of them (a screen with parts for different permissions).
   */
  permission: Permission | readonly Permission[];
}

export type NavLabel =
  | 'dashboard'
  | 'articles'
  | 'pages'
  | 'documents'
  | 'procedures'
  | 'schedules'
  | 'media'
  | 'members'
  | 'fields'
  | 'categories'
  | 'settings'
  | 'audit'
  | 'outbox'
  | 'textTool'
  | 'platformSites';

export interface NavGroup {
  /** i18n key of the group heading (namespace `shell.groups`). */
  label: 'work' | 'administration' | 'tools' | 'platform';
  /** Links whose route lives under `/sites/:site` (they need a current site). */
  siteScoped: boolean;
  links: NavLink[];
}

/**
 * The whole navigation, in display order. A link shows only when its permission is held — the same
 * names the API enforces (libs/shared/src/authz), so nobody is offered a screen that would answer 403.
 */
export const NAVIGATION: readonly NavGroup[] = [
  {
    label: 'work',
    siteScoped: true,
    links: [
      { route: 'dashboard', label: 'dashboard', permission: 'content.read' },
      { route: 'articles', label: 'articles', permission: 'content.read' },
      { route: 'pages', label: 'pages', permission: 'content.read' },
      { route: 'documents', label: 'documents', permission: 'content.read' },
      { route: 'procedures', label: 'procedures', permission: 'content.read' },
      { route: 'schedules', label: 'schedules', permission: 'content.read' },
      { route: 'media', label: 'media', permission: 'media.read' },
    ],
  },
  {
    label: 'administration',
    siteScoped: true,
    links: [
      { route: 'members', label: 'members', permission: 'member.read' },
      { route: 'fields', label: 'fields', permission: 'field.manage' },
      { route: 'categories', label: 'categories', permission: 'category.manage' },
      // The deputy switches the site-wide banner on that screen; the chief edits the rest of it too.
      { route: 'site-settings', label: 'settings', permission: ['site.settings', 'site.banner'] },
      { route: 'audit', label: 'audit', permission: 'audit.read' },
      { route: 'outbox', label: 'outbox', permission: 'outbox.read' },
    ],
  },
  {
    label: 'tools',
    siteScoped: false,
    links: [{ route: 'text-convert', label: 'textTool', permission: 'text.convert' }],
  },
  {
    label: 'platform',
    siteScoped: false,
    links: [{ route: 'platform-sites', label: 'platformSites', permission: 'platform.site.manage' }],
  },
];

export interface Access {
  /** Held in the site being worked on (false when there is none). */
  inSite(permission: Permission): boolean;
  /** Held on the account (account and platform permissions). */
  onAccount(permission: Permission): boolean;
  /** Is there a current site (for the site-scoped groups)? */
  hasSite: boolean;
}

/** The groups and links this person may use now; empty groups are left out. */
export function navigationFor(access: Access, groups: readonly NavGroup[] = NAVIGATION): NavGroup[] {
  return groups
    .filter((group) => !group.siteScoped || access.hasSite)
    .map((group) => ({
      ...group,
      links: group.links.filter((link) =>
        (typeof link.permission === 'string' ? [link.permission] : link.permission).some((p) => (group.siteScoped ? access.inSite(p) : access.onAccount(p))),
      ),
    }))
    .filter((group) => group.links.length > 0);
}
