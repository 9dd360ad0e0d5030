import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsEmail, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { Trim } from './common';
import { IsDateTimeWithOffset, parseDateTime } from './dates';
import { composeDecorators, IsHttpsUrl, IsIntBetween, IsOptionalNotNull, IsOptionalOrNull } from './validators';

export const SITE_CODE_PATTERN = /^\d{5}$/;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A site slug must not look like a commune code: `:site` in routes reads 5 digits as a code. */
export const SITE_SLUG_NOT_CODE = /^(?!\d{5}$)/;

/** Domains are compared in lower case: "XaAnHao.gov.vn" is stored as "xaanhao.gov.vn". */
const LowerCaseDomains = () =>
  Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.trim().toLowerCase() : v)) : value,
  );

/** A host name as sent in the Host header, without port: "xa-an-hao-dong.gov.vn", "localhost". */
export const DOMAIN_PATTERN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

export class CreateSiteRequest {
  /** Commune code (mã đơn vị hành chính, Decision 19/2025/QĐ-TTg): 5 digits. */
  @Matches(SITE_CODE_PATTERN)
  code!: string;

  @Matches(SLUG_PATTERN)
  @Matches(SITE_SLUG_NOT_CODE)
  @MaxLength(60)
  slug!: string;

  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name!: string;

  @IsOptionalNotNull()
  @LowerCaseDomains()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(DOMAIN_PATTERN, { each: true })
  domains?: string[];
}

export class UpdateSiteRequest {
  @IsIntBetween(1)
  revision!: number;

  @IsOptionalNotNull()
  @Matches(SLUG_PATTERN)
  @Matches(SITE_SLUG_NOT_CODE)
  @MaxLength(60)
  slug?: string;

  @IsOptionalNotNull()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name?: string;

  @IsOptionalNotNull()
  @LowerCaseDomains()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(DOMAIN_PATTERN, { each: true })
  domains?: string[];
}

export interface SiteResponse {
  id: string;
  code: string;
  slug: string;
  name: string;
  domains: string[];
  revision: number;
  createdAt: string;
  updatedAt: string;
}

/** What the public portal learns about the site it is serving. */
export interface PublicSiteResponse {
  code: string;
  slug: string;
  name: string;
  /** The identification footer, the social links and the logo (every key present, null when not filled in). */
  settings: SitePublicSettings;
  /** The site-wide notice while it is on (no end time, or one still ahead); null otherwise. */
  banner: SiteBanner | null;
}

/** The site-wide notice as the portal shows it. */
export interface SiteBanner {
  /** Plain text: escape it. */
  text: string;
  /** When it stops being shown (an instant, ISO 8601 with offset); null: until switched off. */
  endsAt: string | null;
}

/**
 * What a commune portal shows about who runs it (the identification footer of a state portal, Decree
 * 42/2022/NĐ-CP) and its site-wide notice. Every value is plain text (clients escape it), NFC, trimmed;
 * null when not filled in yet.
 */
export interface SiteSettings {
  /** Cơ quan chủ quản: the body that owns the portal ("Ủy ban nhân dân xã Ân Hảo Đông"). */
  governingBody: string | null;
  /** Địa chỉ: postal address of the governing body. */
  address: string | null;
  /** Điện thoại: one or more numbers as written ("0256 3 123 456"). */
  phone: string | null;
  /** Thư điện tử: the contact address. */
  email: string | null;
  /** Người chịu trách nhiệm chính: name and position ("Nguyễn Văn A – Chủ tịch UBND xã"). */
  responsiblePerson: string | null;
  /** Giấy phép: the licence line, when the portal has one (optional). */
  licence: string | null;
  /** Thông báo khẩn: a short notice shown across the portal (storms, floods); null for none. */
  bannerText: string | null;
  /** When the notice stops being shown (an instant with offset); null: until switched off. */
  bannerEndsAt: string | null;
  /** Ghi chú chân trang: any further line for the footer (copyright, reuse terms). */
  footerNote: string | null;
  /** Trang Facebook: the address of the site's Facebook page (`https://`). */
  facebookUrl: string | null;
  /** Zalo: the site's Zalo Official Account or contact link (`https://zalo.me/…`, `https://oa.zalo.me/…`). */
  zaloUrl: string | null;
  /** Kênh YouTube: the address of the site's channel (`https://`). */
  youtubeUrl: string | null;
  /**
   * Biểu trưng: the id of an image of the site's media library, shown in the portal's header in place of the
   * default emblem (its public files are `/api/v1/public/media/<id>/w320.webp`, ...); null: the emblem.
   */
  logoMediaId: string | null;
}

/** The text settings (every setting but the banner's end time and the logo). */
export const SITE_SETTING_KEYS = [
  'governingBody',
  'address',
  'phone',
  'email',
  'responsiblePerson',
  'licence',
  'bannerText',
  'footerNote',
  'facebookUrl',
  'zaloUrl',
  'youtubeUrl',
] as const;
export type SiteSettingKey = (typeof SITE_SETTING_KEYS)[number];

/** The site's pages on social networks (`https://` addresses), linked from the portal's footer. */
export const SITE_SOCIAL_KEYS = ['facebookUrl', 'zaloUrl', 'youtubeUrl'] as const satisfies readonly SiteSettingKey[];
export type SiteSocialKey = (typeof SITE_SOCIAL_KEYS)[number];

/** The text settings of the portal's footer: everything but the banner (the identification lines, the social links). */
export const SITE_FOOTER_KEYS = [
  'governingBody',
  'address',
  'phone',
  'email',
  'responsiblePerson',
  'licence',
  'footerNote',
  ...SITE_SOCIAL_KEYS,
] as const satisfies readonly SiteSettingKey[];
export type SiteFooterKey = (typeof SITE_FOOTER_KEYS)[number];
export type SiteFooter = Pick<SiteSettings, SiteFooterKey>;

/** What the public site answer carries in `settings`: the footer and the logo. */
export const SITE_PUBLIC_KEYS = [...SITE_FOOTER_KEYS, 'logoMediaId'] as const satisfies readonly (keyof SiteSettings)[];
export type SitePublicKey = (typeof SITE_PUBLIC_KEYS)[number];
export type SitePublicSettings = Pick<SiteSettings, SitePublicKey>;

/**
 * The banner the portal shows now: its text while it has one and its end time, if any, is still ahead;
 * null otherwise. The one rule for the API's public answer and the admin's "shown now / ended" label.
 */
export function activeBanner(settings: Pick<SiteSettings, 'bannerText' | 'bannerEndsAt'>, now: Date = new Date()): SiteBanner | null {
  if (!settings.bannerText) return null;
  const ends = settings.bannerEndsAt ? parseDateTime(settings.bannerEndsAt) : null;
  if (settings.bannerEndsAt && (!ends || ends.getTime() <= now.getTime())) return null;
  return { text: settings.bannerText, endsAt: settings.bannerEndsAt };
}

/** The longest value of each setting (characters). */
export const SITE_SETTING_MAX_LENGTH: Record<SiteSettingKey, number> = {
  governingBody: 200,
  address: 300,
  phone: 100,
  email: 254,
  responsiblePerson: 200,
  licence: 300,
  bannerText: 300,
  footerNote: 1000,
  facebookUrl: 500,
  zaloUrl: 500,
  youtubeUrl: 500,
};

/** A setting in a PATCH: absent keeps it, null or an empty text clears it. */
const SettingText = (key: SiteSettingKey) => composeDecorators(IsOptionalOrNull(), Trim(), IsString(), MaxLength(SITE_SETTING_MAX_LENGTH[key]));

/** A social link in a PATCH: an `https://` address; absent keeps it, null or an empty text clears it. */
const SettingLink = (key: SiteSocialKey) => composeDecorators(SettingText(key), IsHttpsUrl());

/** `PATCH /sites/:site/settings`: the fields sent change, the others stay. */
export class UpdateSiteSettingsRequest {
  @IsIntBetween(1)
  revision!: number;

  @SettingText('governingBody')
  governingBody?: string | null;

  @SettingText('address')
  address?: string | null;

  @SettingText('phone')
  phone?: string | null;

  /** Checked as an e-mail address when not empty. */
  @IsOptionalOrNull()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() || null : value))
  @IsEmail()
  @MaxLength(SITE_SETTING_MAX_LENGTH.email)
  email?: string | null;

  @SettingText('responsiblePerson')
  responsiblePerson?: string | null;

  @SettingText('licence')
  licence?: string | null;

  @SettingText('bannerText')
  bannerText?: string | null;

  /** When the banner stops being shown: a full date-time with an offset; null for none. */
  @IsOptionalOrNull()
  @IsDateTimeWithOffset()
  bannerEndsAt?: string | null;

  @SettingText('footerNote')
  footerNote?: string | null;

  @SettingLink('facebookUrl')
  facebookUrl?: string | null;

  @SettingLink('zaloUrl')
  zaloUrl?: string | null;

  @SettingLink('youtubeUrl')
  youtubeUrl?: string | null;

  /** An image of the site's media library (else 422 SITE_LOGO_INVALID); null: the default emblem. */
  @IsOptionalOrNull()
  @IsUUID()
  logoMediaId?: string | null;
}

/**
 * `PUT /sites/:site/banner`: switch the site-wide notice on (a text), change it, or off (`text: null` or an
 * empty text). The deputy may do this as well as the chief. `revision` is the settings' revision (the banner
 * is one of the settings): a stale one answers 409 REVISION_CONFLICT with the current settings.
 */
export class UpdateSiteBannerRequest {
  @IsIntBetween(1)
  revision!: number;

  /** Required; null (or an empty text) switches the banner off. */
  @ValidateIf((_o: object, v: unknown) => v !== null)
  @Trim()
  @IsString()
  @MaxLength(SITE_SETTING_MAX_LENGTH.bannerText)
  text!: string | null;

  /** When it stops being shown: a full date-time with an offset, in the future; null or absent: until switched off. */
  @IsOptionalOrNull()
  @IsDateTimeWithOffset()
  endsAt?: string | null;
}

export interface SiteSettingsResponse extends SiteSettings {
  /** Send it back with the next PATCH; a stale one answers 409 REVISION_CONFLICT. */
  revision: number;
  /** Last change; null before the first one. */
  updatedAt: string | null;
}
