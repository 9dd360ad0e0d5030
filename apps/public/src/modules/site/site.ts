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
}

export type SiteInfo = PublicSiteResponse & {
  settings?: SiteFooter | null;
  banner?: { text: string; endsAt: string | null } | null;
};

/** "Xã Ân Hảo Đông" → "xã Ân Hảo Đông", to read naturally after "Ủy ban nhân dân". */
export const inSentence = (name: string) => name.charAt(0).toLocaleLowerCase('vi') + name.slice(1);
