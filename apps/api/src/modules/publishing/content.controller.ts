import { Body, Controller, Delete, Get, HttpCode, Injectable, Param, Patch, type PipeTransform, Post, Query, Res, type Type } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Page } from '@congxa/shared/dto/common';
import {
  CompareQuery,
  ItemListQuery,
  LinkableQuery,
  PresenceRequest,
  RestoreRequest,
  TransitionRequest,
  type ItemHistoryResponse,
  type ItemResponse,
  type ItemSummaryResponse,
  type LinkableItem,
  type PresenceResponse,
  type QueueResponse,
  type RevisionCompareResponse,
  type RevisionResponse,
} from '@congxa/shared/dto/content';
import { Authorize, CurrentActor } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { IdPipe } from '../../common/http/id.pipe';
import { PositiveIntPipe } from '../../common/validation/int.pipe';
import { AppValidationPipe } from '../../common/validation/validation.pipe';
import type { ContentTypeDefinition } from './content-types';
import { PresenceService } from './presence.service';
import { PublishingService, type SaveRequest } from './publishing.service';
import { TransitionService } from './transition.service';

/** Validates a body against a class chosen at runtime (a type's request classes are built from its schema). */
class BodyAs implements PipeTransform {
  private readonly pipe = new AppValidationPipe();
  constructor(private readonly cls: Type<object>) {}
  transform(value: unknown): Promise<unknown> {
    return this.pipe.transform(value, { type: 'body', metatype: this.cls });
  }
}

/**
 * The staff routes of a publishable type, the same for every type: `/sites/:site/<route>` list, create,
 * read, save, transitions, presence, slip, history, revisions, compare, restore. A type module mounts
 * `contentController(definition)`.
 */
export function contentController(def: Pick<ContentTypeDefinition, 'schema' | 'route' | 'requests'>): Type<unknown> {
  const type = def.schema.type;
  const { Create, Update } = def.requests;
  const label = `${def.schema.label.vi} / ${def.schema.label.en.toLowerCase()}`;

  @ApiTags(def.route)
  @ApiBearerAuth()
  @Controller(`sites/:site/${def.route}`)
  class ContentController {
    constructor(
      readonly publishing: PublishingService,
      readonly workflow: TransitionService,
      readonly presence: PresenceService,
    ) {}

    @Get()
    @Authorize('content.read')
    @ApiOperation({
      summary: `${label}: what I may see (?status=a,b&mine=1&fieldId=&authorId=&categoryId=&updatedFrom=&updatedTo=&q=&sort=updated|created|title|status&order=asc|desc)`,
    })
    list(@CurrentActor() actor: Actor, @Query() q: ItemListQuery): Promise<Page<ItemSummaryResponse>> {
      return this.publishing.list(actor, type, q);
    }

    @Get('linkable')
    @Authorize('content.read')
    @ApiOperation({
      summary: `${label}: published items to link to, found by words of the title or a number, or by id (?q=&ids=a,b); at most 20`,
    })
    linkable(@CurrentActor() actor: Actor, @Query() q: LinkableQuery): Promise<LinkableItem[]> {
      return this.publishing.linkable(actor, type, q);
    }

    @Post()
    @Authorize('content.create')
    @ApiOperation({ summary: `${label}: create a draft` })
    @ApiBody({ type: Create })
    create(@CurrentActor() actor: Actor, @Body(new BodyAs(Create)) dto: SaveRequest): Promise<ItemResponse> {
      return this.publishing.create(actor, type, dto);
    }

    @Get(':id')
    @Authorize('content.read')
    @ApiOperation({ summary: `${label}: one item with my available actions` })
    get(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<ItemResponse> {
      return this.publishing.get(actor, type, id);
    }

    @Patch(':id')
    @Authorize('content.update')
    @ApiOperation({ summary: `${label}: save (revision required; 409 if stale)` })
    @ApiBody({ type: Update })
    update(
      @CurrentActor() actor: Actor,
      @Param('id', IdPipe) id: string,
      @Body(new BodyAs(Update)) dto: SaveRequest & { revision: number },
    ): Promise<ItemResponse> {
      return this.publishing.update(actor, type, id, dto);
    }

    @Post(':id/transitions')
    @Authorize('content.transition')
    @ApiOperation({ summary: `${label}: take a workflow action` })
    async transition(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: TransitionRequest): Promise<ItemResponse> {
      return this.publishing.respond(actor, type, await this.workflow.transition(actor, type, id, dto));
    }

    @Post(':id/presence')
    @HttpCode(200)
    @Authorize('content.read')
    @ApiOperation({ summary: `${label}: I have it open (heartbeat every ~10 s); who else has, seen in the last 30 s` })
    beat(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: PresenceRequest): Promise<PresenceResponse> {
      return this.presence.beat(actor, type, id, dto.editing);
    }

    @Delete(':id/presence')
    @HttpCode(204)
    @Authorize('content.read')
    @ApiOperation({ summary: `${label}: I closed it` })
    leave(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<void> {
      return this.presence.leave(actor, type, id);
    }

    @Get(':id/slip.pdf')
    @Authorize('content.read')
    @ApiOperation({ summary: `${label}: provision form and approval slip (PDF)` })
    async slip(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
      const { pdf, filename } = await this.publishing.slip(actor, type, id);
      void reply.type('application/pdf').header('Content-Disposition', `inline; filename="${filename}"`).header('Cache-Control', 'no-store');
      return pdf;
    }

    @Get(':id/history')
    @Authorize('content.read')
    @ApiOperation({ summary: `${label}: every transition and revision` })
    history(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<ItemHistoryResponse> {
      return this.publishing.history(actor, type, id);
    }

    @Get(':id/revisions/compare')
    @Authorize('content.read')
    @ApiOperation({ summary: `${label}: compare two revisions (?from=&to=)` })
    compare(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Query() q: CompareQuery): Promise<RevisionCompareResponse> {
      return this.publishing.compare(actor, type, id, q.from, q.to);
    }

    @Get(':id/revisions/:number')
    @Authorize('content.read')
    @ApiOperation({ summary: `${label}: one revision` })
    revision(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Param('number', PositiveIntPipe) n: number): Promise<RevisionResponse> {
      return this.publishing.revision(actor, type, id, n);
    }

    @Post(':id/revisions/:number/restore')
    @Authorize('content.update')
    @ApiOperation({ summary: `${label}: restore a revision as a new one` })
    restore(
      @CurrentActor() actor: Actor,
      @Param('id', IdPipe) id: string,
      @Param('number', PositiveIntPipe) n: number,
      @Body() dto: RestoreRequest,
    ): Promise<ItemResponse> {
      return this.publishing.restore(actor, type, id, n, dto.revision);
    }
  }
  Object.defineProperty(ContentController, 'name', { value: `${type.charAt(0).toUpperCase()}${type.slice(1)}sController` });
  return ContentController;
}

/** What awaits me, over every type. */
@ApiTags('queue')
@ApiBearerAuth()
@Controller('sites/:site')
@Injectable()
export class QueueController {
  constructor(private readonly publishing: PublishingService) {}

  @Get('queue')
  @Authorize('content.read')
  @ApiOperation({ summary: 'Việc chờ tôi / what awaits me, by role, over every type' })
  queue(@CurrentActor() actor: Actor): Promise<QueueResponse> {
    return this.publishing.queue(actor);
  }
}
