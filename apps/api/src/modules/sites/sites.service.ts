import { Inject, Injectable } from '@nestjs/common';
import type { Page, PageQuery } from '@congxa/shared/dto/common';
import type { CreateSiteRequest, PublicSiteResponse, SiteResponse, UpdateSiteRequest } from '@congxa/shared/dto/sites';
import type { Actor, ActorSite } from '../../common/auth/actor';
import { SiteLookup } from '../../common/auth/lookups';
import { AuditService } from '../../common/audit/audit.service';
import { APP_CONFIG, type AppConfig } from '../../common/config/config';
import { Db } from '../../common/database/db.service';
import { AppException, conflict, notFound, revisionConflict } from '../../common/errors/app-exception';
import { paging, toPage } from '../../common/http/paging';
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

const normalizeDomains = (domains: string[] | undefined) => [...new Set(domains ?? [])];

@Injectable()
export class SitesService implements SiteLookup {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Db,
    private readonly sites: SitesRepository,
    private readonly audit: AuditService,
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
      await this.audit.record(actor, { action: 'site.update', siteId: site.id, targetType: 'site', targetId: site.id, details: changes });
      return toSiteResponse(saved);
    });
  }

  /** For the global guard (SiteLookup, common/auth): the site a `:site` route parameter names. */
  async siteForRoute(key: string): Promise<ActorSite | null> {
    const s = await this.sites.findBySlugOrCode(key);
    return s ? { id: s.id, code: s.code, slug: s.slug, name: s.name } : null;
  }

  /** The site a public request is for: its Host among site domains, else DEFAULT_SITE, else none (404). */
  async resolvePublic(host: string | undefined): Promise<SiteEntity> {
    const hostname = (host ?? '')
      .replace(/:\d+$/, '')
      .replace(/^\[|\]$/g, '')
      .toLowerCase();
    const site =
      (hostname && (await this.sites.findByDomain(hostname))) || (this.config.defaultSite ? await this.sites.findBySlugOrCode(this.config.defaultSite) : null);
    if (!site) throw new AppException(404, 'SITE_NOT_FOUND');
    return site;
  }

  async publicInfo(host: string | undefined): Promise<PublicSiteResponse> {
    const site = await this.resolvePublic(host);
    return { code: site.code, slug: site.slug, name: site.name };
  }

  private async assertDomainsFree(domains: string[], siteId: string | null): Promise<void> {
    if (domains.length === 0) return;
    const owners = await this.sites.findDomainOwners(domains, siteId);
    if (owners.length) throw conflict('DOMAIN_TAKEN', { domains: domains.filter((d) => owners.some((o) => o.domains.includes(d))) });
  }
}
