import { Inject, Injectable } from '@nestjs/common';
import type { Page, PageQuery } from '@congxa/shared/dto/common';
import { parseDateTime } from '@congxa/shared/dto/dates';
import {
  activeBanner,
  type CreateSiteRequest,
  type PublicSiteResponse,
  SITE_PUBLIC_KEYS,
  SITE_SETTING_KEYS,
  type SitePublicSettings,
  type SiteResponse,
  type SiteSettings,
  type SiteSettingsResponse,
  type UpdateSiteBannerRequest,
  type UpdateSiteRequest,
  type UpdateSiteSettingsRequest,
} from '@congxa/shared/dto/sites';
import type { Actor, ActorSite } from '../../common/auth/actor';
import { SiteLookup } from '../../common/auth/lookups';
import { AuditService } from '../../common/audit/audit.service';
import { PublicCache, SITES_SCOPE } from '../../common/cache/public-cache';
import { APP_CONFIG, type AppConfig } from '../../common/config/config';
import { Db } from '../../common/database/db.service';
import { AppException, conflict, notFound, revisionConflict, unprocessable } from '../../common/errors/app-exception';
import { paging, toPage } from '../../common/http/paging';
import { MediaService } from '../media/media.service';
import type { SiteEntity } from './site.entity';
import { SitesRepository } from './sites.repository';

export function toSiteResponse(s: SiteEntity): SiteResponse {
  return {
    id: s.id,
    code: s.code,
    slug: s.slug,
    name: s.name,
    domains: s.domains,
    revision: s.revision,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
  };
}

/** The keys of the stored settings (`sites.settings`): the text settings, the banner's end time and the logo. */
const STORED_KEYS = [...SITE_SETTING_KEYS, 'bannerEndsAt', 'logoMediaId'] as const satisfies readonly (keyof SiteSettings)[];

/** The settings as stored: every key present, null when unset. */
function settingsOf(s: SiteEntity): SiteSettings {
  return Object.fromEntries(STORED_KEYS.map((k) => [k, typeof s.settings?.[k] === 'string' ? s.settings[k] : null])) as unknown as SiteSettings;
}

/** The settings as the API shows them: every key present, null when unset. */
export function toSiteSettingsResponse(s: SiteEntity): SiteSettingsResponse {
  return { ...settingsOf(s), revision: s.settingsRevision, updatedAt: s.settingsUpdatedAt?.toISOString() ?? null };
}

/** What the portal shows of a site: its names, the identification footer with the social links and the logo, and the banner while it is on. */
export function toPublicSiteResponse(s: SiteEntity, now = new Date()): PublicSiteResponse {
  const settings = settingsOf(s);
  return {
    code: s.code,
    slug: s.slug,
    name: s.name,
    settings: Object.fromEntries(SITE_PUBLIC_KEYS.map((k) => [k, settings[k]])) as unknown as SitePublicSettings,
    banner: activeBanner(settings, now),
  };
}

/** An end time as stored: the instant in UTC (`…Z`); null for none. */
const storedInstant = (value: string | null | undefined): string | null => (value ? parseDateTime(value)!.toISOString() : null);

const normalizeDomains = (domains: string[] | undefined) => [...new Set(domains ?? [])];

@Injectable()
export class SitesService implements SiteLookup {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Db,
    private readonly sites: SitesRepository,
    private readonly audit: AuditService,
    private readonly cache: PublicCache,
    private readonly media: MediaService,
  ) {}

  async list(q: PageQuery): Promise<Page<SiteResponse>> {
    const p = paging(q);
    return toPage(await this.sites.list(p.page, p.pageSize), p, toSiteResponse);
  }

  async get(actor: Actor): Promise<SiteResponse> {
    const site = actor.site ? await this.sites.findById(actor.site.id) : null;
    if (!site) throw notFound('SITE_NOT_FOUND');
    return toSiteResponse(site);
  }

  async create(actor: Actor, dto: CreateSiteRequest): Promise<SiteResponse> {
    const domains = normalizeDomains(dto.domains);
    return this.db.transaction(async () => {
      await this.sites.lockForDomainChange();
      if (await this.sites.existsBy({ code: dto.code })) throw conflict('SITE_CODE_TAKEN');
      if (await this.sites.existsBy({ slug: dto.slug })) throw conflict('SITE_SLUG_TAKEN');
      await this.assertDomainsFree(domains, null);
      const site = await this.sites.create({ code: dto.code, slug: dto.slug, name: dto.name, domains });
      // Its domains may be hosts that fell to the default site until now.
      await this.cache.invalidate(SITES_SCOPE);
      await this.audit.record(actor, {
        action: 'site.create',
        siteId: site.id,
        targetType: 'site',
        targetId: site.id,
        details: { code: site.code, slug: site.slug },
      });
      return toSiteResponse(site);
    });
  }

  async update(actor: Actor, key: string, dto: UpdateSiteRequest): Promise<SiteResponse> {
    return this.db.transaction(async () => {
      const found = await this.sites.findBySlugOrCode(key);
      const site = found ? await this.sites.lockById(found.id) : null;
      if (!site) throw notFound('SITE_NOT_FOUND');
      if (site.revision !== dto.revision) throw revisionConflict(toSiteResponse(site));
      const changes: Record<string, unknown> = {};
      if (dto.slug !== undefined && dto.slug !== site.slug) {
        if (await this.sites.existsBy({ slug: dto.slug })) throw conflict('SITE_SLUG_TAKEN');
        changes.slug = { from: site.slug, to: dto.slug };
        site.slug = dto.slug;
      }
      if (dto.name !== undefined && dto.name !== site.name) {
        changes.name = { from: site.name, to: dto.name };
        site.name = dto.name;
      }
      if (dto.domains !== undefined) {
        await this.sites.lockForDomainChange();
        const domains = normalizeDomains(dto.domains);
        await this.assertDomainsFree(domains, site.id);
        changes.domains = { from: site.domains, to: domains };
        site.domains = domains;
      }
      const saved = await this.sites.save(site);
      if (Object.keys(changes).length) {
        await this.cache.invalidate(SITES_SCOPE);
        await this.cache.invalidate(site.id);
      }
      await this.audit.record(actor, { action: 'site.update', siteId: site.id, targetType: 'site', targetId: site.id, details: changes });
      return toSiteResponse(saved);
    });
  }

  async getSettings(actor: Actor): Promise<SiteSettingsResponse> {
    const site = actor.site ? await this.sites.findById(actor.site.id) : null;
    if (!site) throw notFound('SITE_NOT_FOUND');
    return toSiteSettingsResponse(site);
  }

  /**
   * Change the portal's footer details, social links, logo and notice banner: the keys sent change (null or
   * an empty text clears one), the others stay. A stale `revision` answers 409 with the current settings; a
   * logo that is not an image of the site's library, 422 SITE_LOGO_INVALID (`details.field`).
   */
  async updateSettings(actor: Actor, dto: UpdateSiteSettingsRequest): Promise<SiteSettingsResponse> {
    const sent: Partial<SiteSettings> = {};
    for (const key of SITE_SETTING_KEYS) if (dto[key] !== undefined) sent[key] = dto[key] || null;
    if (dto.bannerEndsAt !== undefined) sent.bannerEndsAt = storedInstant(dto.bannerEndsAt);
    if (dto.logoMediaId !== undefined) sent.logoMediaId = dto.logoMediaId;
    // Media items are never deleted, so an image checked now stays one (another site's id, a document: refused).
    if (sent.logoMediaId && actor.site && !(await this.media.siteImageIds(actor.site.id, [sent.logoMediaId])).has(sent.logoMediaId)) {
      throw unprocessable('SITE_LOGO_INVALID', { field: 'logoMediaId' });
    }
    return this.writeSettings(actor, dto.revision, sent, 'site.settings_update');
  }

  /**
   * Switch the site-wide notice on, change it, or off (`text` null or empty) — the deputy may, besides the
   * chief. Its end time must be ahead (one already past would switch nothing on); without text it is
   * cleared too. Same revision as the settings (the banner is one of them).
   */
  async updateBanner(actor: Actor, dto: UpdateSiteBannerRequest): Promise<SiteSettingsResponse> {
    const text = dto.text || null;
    const endsAt = text ? storedInstant(dto.endsAt) : null;
    if (endsAt && Date.parse(endsAt) <= Date.now()) throw unprocessable('BANNER_ENDS_IN_PAST', { field: 'endsAt' });
    return this.writeSettings(actor, dto.revision, { bannerText: text, bannerEndsAt: endsAt }, 'site.banner_update');
  }

  private async writeSettings(actor: Actor, revision: number, sent: Partial<SiteSettings>, action: string): Promise<SiteSettingsResponse> {
    return this.db.transaction(async () => {
      const site = actor.site ? await this.sites.lockById(actor.site.id) : null;
      if (!site) throw notFound('SITE_NOT_FOUND');
      if (site.settingsRevision !== revision) throw revisionConflict(toSiteSettingsResponse(site));
      const before = settingsOf(site);
      const after: SiteSettings = { ...before, ...sent };
      // An end time belongs to a banner: none without one.
      if (!after.bannerText) after.bannerEndsAt = null;
      const next: Record<string, string> = {};
      const changes: Record<string, { from: string | null; to: string | null }> = {};
      for (const key of STORED_KEYS) {
        if (after[key] !== null) next[key] = after[key];
        if (after[key] !== before[key]) changes[key] = { from: before[key], to: after[key] };
      }
      if (Object.keys(changes).length === 0) return toSiteSettingsResponse(site);
      const saved = await this.sites.saveSettings(site.id, next);
      // The portal shows them on every page (and the host lookup keeps the site's row).
      await this.cache.invalidate(site.id);
      await this.cache.invalidate(SITES_SCOPE);
      await this.audit.record(actor, { action, siteId: site.id, targetType: 'site', targetId: site.id, details: changes });
      return toSiteSettingsResponse(saved);
    });
  }

  /** For the global guard (SiteLookup, common/auth): the site a `:site` route parameter names. */
  async siteForRoute(key: string): Promise<ActorSite | null> {
    const s = await this.sites.findBySlugOrCode(key);
    return s ? { id: s.id, code: s.code, slug: s.slug, name: s.name } : null;
  }

  /**
   * The site a public request is for: its Host among site domains, else DEFAULT_SITE, else none (404). The
   * domain table and the sites are kept in the public cache (scope SITES_SCOPE) until a site is created or
   * changed, so a public request costs no lookup query; unknown hosts add no entries (and, without a
   * DEFAULT_SITE, cost one query before their 404).
   */
  async resolvePublic(host: string | undefined): Promise<SiteEntity> {
    const hostname = (host ?? '')
      .replace(/:\d+$/, '')
      .replace(/^\[|\]$/g, '')
      .toLowerCase();
    const domains = await this.cache.get(SITES_SCOPE, 'domains', () => this.sites.domainTable());
    const id = hostname && Object.hasOwn(domains, hostname) ? domains[hostname]! : null;
    const fallback = this.config.defaultSite;
    const site = id
      ? await this.cache.get(SITES_SCOPE, `site:${id}`, () => this.sites.findById(id))
      : fallback
        ? await this.cache.get(SITES_SCOPE, 'default', () => this.sites.findBySlugOrCode(fallback))
        : null;
    if (site) return site;
    // Before answering 404: the domain table is as the last site change made through the API left it, and a
    // site written around the API (by SQL) would be missed until the next one. Only unknown hosts pay this.
    const written = hostname ? await this.sites.findByDomain(hostname) : null;
    if (!written) throw new AppException(404, 'SITE_NOT_FOUND');
    await this.cache.invalidate(SITES_SCOPE);
    return written;
  }

  /**
   * The site as the portal shows it: names, footer, and the banner while it is on. Kept in the public cache;
   * a banner's end time drops the entry when it comes (and is checked again on every read).
   */
  async publicInfo(host: string | undefined): Promise<PublicSiteResponse> {
    const site = await this.resolvePublic(host);
    const info = await this.cache.get(site.id, 'site:info', async () => {
      // Read again: the row the host lookup kept may predate a change that committed since.
      const response = toPublicSiteResponse((await this.sites.findById(site.id)) ?? site);
      if (response.banner?.endsAt) this.cache.expireAt(site.id, new Date(response.banner.endsAt));
      return response;
    });
    const ended = info.banner && !activeBanner({ bannerText: info.banner.text, bannerEndsAt: info.banner.endsAt });
    return ended ? { ...info, banner: null } : info;
  }

  private async assertDomainsFree(domains: string[], siteId: string | null): Promise<void> {
    if (domains.length === 0) return;
    const owners = await this.sites.findDomainOwners(domains, siteId);
    if (owners.length) throw conflict('DOMAIN_TAKEN', { domains: domains.filter((d) => owners.some((o) => o.domains.includes(d))) });
  }
}
