import type { PublicSiteResponse } from '@congxa/shared/dto/sites';

/** The settings the portal shows, as the public site answer carries them (absent on older APIs). */
export interface SiteFooter {
  governingBody?: string | null;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
  responsiblePerson?: string | null;
  licence?: string | null;
  footerNote?: string | null;
  facebookUrl?: string | null;
  zaloUrl?: string | null;
  youtubeUrl?: string | null;
  /** An image of the site's library shown in the header instead of the default emblem. */
  logoMediaId?: string | null;
}

export type SiteInfo = PublicSiteResponse & {
  settings?: SiteFooter | null;
  banner?: { text: string; endsAt: string | null } | null;
};

/** The site's social pages the footer links to, in this order, with the network's own name. */
export const SOCIAL_NETWORKS = [
  { key: 'facebookUrl', name: 'Facebook' },
  { key: 'zaloUrl', name: 'Zalo' },
  { key: 'youtubeUrl', name: 'YouTube' },
] as const satisfies readonly { key: keyof SiteFooter; name: string }[];

/** The links to show: the networks the site has an `https://` address for (the API accepts nothing else). */
export function socialLinks(settings: SiteFooter | null | undefined): { name: string; href: string }[] {
  return SOCIAL_NETWORKS.flatMap(({ key, name }) => {
    const href = settings?.[key];
    return typeof href === 'string' && href.startsWith('https://') ? [{ name, href }] : [];
  });
}

/** "Xã Ân Hảo Đông" → "xã Ân Hảo Đông", to read naturally after "Ủy ban nhân dân". */
export const inSentence = (name: string) => name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);
