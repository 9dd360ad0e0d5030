import { Injectable } from '@nestjs/common';
import type { CreateFieldRequest, FieldResponse, UpdateFieldRequest } from '@congxa/shared/dto/fields';
import type { Page } from '@congxa/shared/dto/common';
import { slugify } from '@congxa/shared/text';
import type { Actor } from '../../common/auth/actor';
import { AuditService } from '../../common/audit/audit.service';
import { PublicCache } from '../../common/cache/public-cache';
import { Db } from '../../common/database/db.service';
import { conflict, notFound, revisionConflict } from '../../common/errors/app-exception';
import { ValidationFailed } from '../../common/errors/error.filter';
import type { FieldEntity } from './field.entity';
import { FieldsRepository } from './fields.repository';

const collator = new Intl.Collator('vi');
const toFieldResponse = (f: FieldEntity, memberCount: number): FieldResponse => ({ id: f.id, name: f.name, slug: f.slug, memberCount, revision: f.revision });

@Injectable()
export class FieldsService {
  constructor(
    private readonly db: Db,
    private readonly fields: FieldsRepository,
    private readonly audit: AuditService,
    private readonly cache: PublicCache,
  ) {}

  /** All fields of the site, sorted the Vietnamese way (the database's collation may be C). */
  async list(actor: Actor): Promise<Page<FieldResponse>> {
    const rows = (await this.fields.list(actor.site!.id)).sort((a, b) => collator.compare(a.field.name, b.field.name));
    return { items: rows.map((r) => toFieldResponse(r.field, r.memberCount)), total: rows.length, page: 1, pageSize: Math.max(rows.length, 1) };
  }

  async create(actor: Actor, dto: CreateFieldRequest): Promise<FieldResponse> {
    const slug = slugify(dto.name);
    if (!slug) throw new ValidationFailed([{ field: 'name', rule: 'matches' }]);
    return this.db.transaction(async () => {
      if (await this.fields.existsWithSlug(actor.site!.id, slug)) throw conflict('NAME_TAKEN');
      const f = await this.fields.create({ siteId: actor.site!.id, name: dto.name, slug });
      // A field's slug filters the public lists.
      await this.cache.invalidate(f.siteId);
      await this.audit.record(actor, { action: 'field.create', targetType: 'field', targetId: f.id, details: { name: f.name } });
      return toFieldResponse(f, 0);
    });
  }

  async update(actor: Actor, id: string, dto: UpdateFieldRequest): Promise<FieldResponse> {
    return this.db.transaction(async () => {
      const f = await this.fields.lock(actor.site!.id, id);
      if (!f) throw notFound('FIELD_NOT_FOUND');
      const count = await this.fields.memberCount(f.id);
      if (f.revision !== dto.revision) throw revisionConflict(toFieldResponse(f, count));
      if (dto.name !== undefined && dto.name !== f.name) {
        const slug = slugify(dto.name);
        if (!slug) throw new ValidationFailed([{ field: 'name', rule: 'matches' }]);
        if (await this.fields.existsWithSlug(f.siteId, slug, f.id)) throw conflict('NAME_TAKEN');
        await this.audit.record(actor, { action: 'field.update', targetType: 'field', targetId: f.id, details: { name: { from: f.name, to: dto.name } } });
        f.name = dto.name;
        f.slug = slug;
        // Published articles show their field's name.
        await this.cache.invalidate(f.siteId);
      }
      return toFieldResponse(await this.fields.save(f), count);
    });
  }

  /** Every field of the site as a reference (for other modules: public lists, filters). */
  async refs(siteId: string): Promise<{ id: string; name: string; slug: string }[]> {
    return (await this.fields.list(siteId)).map(({ field: f }) => ({ id: f.id, name: f.name, slug: f.slug }));
  }

  /** The name of one of the site's fields, or null when it is not the site's (for other modules). */
  async nameInSite(siteId: string, id: string): Promise<string | null> {
    return (await this.fields.findInSite(siteId, id))?.name ?? null;
  }

  /** The site's fields among `ids`, for other modules (a member's fields); ids of other sites are absent. */
  inSite(siteId: string, ids: string[]): Promise<FieldEntity[]> {
    return this.fields.findManyInSite(siteId, ids);
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.db.transaction(async () => {
      const f = await this.fields.lock(actor.site!.id, id);
      if (!f) throw notFound('FIELD_NOT_FOUND');
      if ((await this.fields.memberCount(f.id)) > 0) throw conflict('FIELD_IN_USE');
      if (!(await this.fields.removeUnlessUsed(f.id))) throw conflict('FIELD_IN_USE');
      await this.cache.invalidate(f.siteId);
      await this.audit.record(actor, { action: 'field.delete', targetType: 'field', targetId: f.id, details: { name: f.name } });
    });
  }
}
