import { activeBanner, SITE_SETTING_MAX_LENGTH, type SiteSettings, type UpdateSiteBannerRequest } from '@congxa/shared/dto/sites';
import { toVietnamIso } from '../../../core/datetime';

/**
 * The banner card: the site-wide notice (storms, floods, power cuts) with an optional end time, which the
 * deputy may switch on as well as the chief (`site.banner`). The rule of what the portal shows is the
 * shared `activeBanner()`, the same the API answers the portal with.
 */

/** The card's fields: the text as typed, and the end time as DateTimeField holds it (ISO +07:00, "" for none). */
export interface BannerValues {
  text: string;
  endsAt: string;
}

export const BANNER_MAX_LENGTH = SITE_SETTING_MAX_LENGTH.bannerText;

export function bannerValuesOf(settings: Pick<SiteSettings, 'bannerText' | 'bannerEndsAt'>): BannerValues {
  return { text: settings.bannerText ?? '', endsAt: toVietnamIso(settings.bannerEndsAt) };
}

/** What the portal does with the banner now: shows it (`on`), no longer (`ended`: its end time passed), or has none (`off`). */
export type BannerState = 'on' | 'ended' | 'off';

export function bannerState(settings: Pick<SiteSettings, 'bannerText' | 'bannerEndsAt'>, now: Date = new Date()): BannerState {
  if (!settings.bannerText) return 'off';
  return activeBanner(settings, now) ? 'on' : 'ended';
}

/** `PUT /sites/:site/banner` for what the card holds: the text trimmed (empty: off), the end time only with a text. */
export function bannerRequestOf(values: BannerValues, revision: number): UpdateSiteBannerRequest {
  const text = values.text.trim() || null;
  return { revision, text, endsAt: text && values.endsAt ? values.endsAt : null };
}

/** The request that switches the banner off. */
export const bannerOff = (revision: number): UpdateSiteBannerRequest => ({ revision, text: null, endsAt: null });

export type BannerProblem = 'required' | 'tooLong' | 'endsInPast';

/** The card's own checks (the API checks again): a text to show, within its length, ending in the future. */
export function checkBanner(values: BannerValues, now: Date = new Date()): Partial<Record<keyof BannerValues, BannerProblem>> {
  const problems: Partial<Record<keyof BannerValues, BannerProblem>> = {};
  const text = values.text.trim();
  if (!text) problems.text = 'required';
  else if (text.length > BANNER_MAX_LENGTH) problems.text = 'tooLong';
  if (values.endsAt && new Date(values.endsAt).getTime() <= now.getTime()) problems.endsAt = 'endsInPast';
  return problems;
}
