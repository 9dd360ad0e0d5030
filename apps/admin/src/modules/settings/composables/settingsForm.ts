import {
  SITE_FOOTER_KEYS,
  SITE_PUBLIC_KEYS,
  SITE_SETTING_MAX_LENGTH,
  SITE_SOCIAL_KEYS,
  type SiteFooterKey,
  type SitePublicKey,
  type SiteSettings,
  type SiteSettingsResponse,
  type SiteSocialKey,
  type UpdateSiteSettingsRequest,
} from '@congxa/shared/dto/sites';
import { isHttpsUrl } from '@congxa/shared/dto/validators';
import { HttpError } from '../../../core/http';

/**
 * The footer form: the identification details a state portal carries, the social links and the logo. The
 * site-wide banner is a card of its own (bannerForm.ts), which the deputy may use too.
 */

/** What the form edits: the footer's texts and links, and the logo (a media id). */
export const FORM_KEYS = SITE_PUBLIC_KEYS;
export type SettingsFormKey = SitePublicKey;

/** The form's text of each setting ("" for a setting not filled in; the logo's media id, "" for none). */
export type SettingsValues = Record<SettingsFormKey, string>;

/** What a state portal must show about who runs it (Decree 42/2022/NĐ-CP): the form asks for these first. */
export const REQUIRED_FOR_PORTAL = ['governingBody', 'address', 'phone', 'email', 'responsiblePerson'] as const satisfies readonly SiteFooterKey[];

/** Settings written over several lines. */
export const MULTILINE: ReadonlySet<SiteFooterKey> = new Set(['footerNote']);

/** Settings that are web addresses. */
export const LINKS: ReadonlySet<SiteFooterKey> = new Set<SiteSocialKey>(SITE_SOCIAL_KEYS);

export function valuesOf(settings: SiteSettings): SettingsValues {
  return Object.fromEntries(FORM_KEYS.map((k) => [k, settings[k] ?? ''])) as SettingsValues;
}

const normalized = (text: string): string | null => text.trim() || null;

/** The PATCH for what the user changed since `base` (the settings the form was filled from): only the keys that differ. */
export function patchOf(values: SettingsValues, base: SiteSettingsResponse): UpdateSiteSettingsRequest {
  const body: UpdateSiteSettingsRequest = { revision: base.revision };
  for (const key of FORM_KEYS) {
    const next = normalized(values[key]);
    if (next !== (base[key] ?? null)) body[key] = next;
  }
  return body;
}

export function hasChanges(values: SettingsValues, base: SiteSettingsResponse): boolean {
  return Object.keys(patchOf(values, base)).length > 1;
}

export type SettingProblem = 'tooLong' | 'email' | 'url';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The form's own checks (the API checks again): lengths, an e-mail address that looks like one, `https://` links. */
export function checkValues(values: SettingsValues): Partial<Record<SiteFooterKey, SettingProblem>> {
  const problems: Partial<Record<SiteFooterKey, SettingProblem>> = {};
  for (const key of SITE_FOOTER_KEYS) if (values[key].trim().length > SITE_SETTING_MAX_LENGTH[key]) problems[key] = 'tooLong';
  const email = values.email.trim();
  if (email && !problems.email && !EMAIL.test(email)) problems.email = 'email';
  for (const key of SITE_SOCIAL_KEYS) if (!problems[key] && !isHttpsUrl(values[key].trim())) problems[key] = 'url';
  return problems;
}

/** The settings the portal needs but that are still empty. */
export function missingForPortal(settings: SiteSettings): SiteFooterKey[] {
  return REQUIRED_FOR_PORTAL.filter((k) => !settings[k]);
}

/** One setting someone else changed while the user was editing. */
export interface ServerChange {
  key: SettingsFormKey;
  /** What it was when the user started. */
  before: string;
  /** What it is now on the server. */
  server: string;
  /** What the form holds now. */
  mine: string;
  /** Both changed it, differently: the user's text is kept and the server's shown beside it. */
  clash: boolean;
}

/**
 * After a 409: the user's typing stays. A setting the user left alone takes the server's new value (so
 * saving does not undo the other person's change); one both changed keeps the user's text and is a clash
 * to look at. The next save is made on top of `current` (its revision).
 */
export function mergeConflict(base: SiteSettings, mine: SettingsValues, current: SiteSettings): { values: SettingsValues; changes: ServerChange[] } {
  const values = { ...mine };
  const changes: ServerChange[] = [];
  for (const key of FORM_KEYS) {
    const before = base[key] ?? '';
    const server = current[key] ?? '';
    if (before === server) continue;
    const touched = normalized(mine[key]) !== (base[key] ?? null);
    if (!touched) values[key] = server;
    changes.push({ key, before, server, mine: values[key], clash: touched && normalized(mine[key]) !== (current[key] ?? null) });
  }
  return { values, changes };
}

function isSettingsResponse(value: unknown): value is SiteSettingsResponse {
  return typeof value === 'object' && value !== null && typeof (value as { revision?: unknown }).revision === 'number';
}

/** The current settings a 409 REVISION_CONFLICT carries (`details.current`), or null for any other error. */
export function conflictCurrent(error: unknown): SiteSettingsResponse | null {
  if (!(error instanceof HttpError) || error.status !== 409 || error.code !== 'REVISION_CONFLICT') return null;
  const current = (error.details as { current?: unknown } | null | undefined)?.current;
  return isSettingsResponse(current) ? current : null;
}
