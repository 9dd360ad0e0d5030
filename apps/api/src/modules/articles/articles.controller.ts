import { Body, Controller, Get, Param, Patch, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ArticleListQuery,
  CompareQuery,
  CreateArticleRequest,
  RestoreRequest,
  TransitionRequest,
  UpdateArticleRequest,
  type ArticleHistoryResponse,
  type ArticleResponse,
  type ArticleSummaryResponse,
  type RevisionCompareResponse,
} from '@congxa/shared/dto/articles';
import type { Page } from '@congxa/shared/dto/common';
import { Authorize, CurrentActor } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { IdPipe } from '../../common/http/id.pipe';
import { PositiveIntPipe } from '../../common/validation/int.pipe';
import type { ArticleContent } from './article-content';
import { ArticlesService } from './articles.service';
import { type QueueResponse, WorkflowService } from './workflow.service';

@ApiTags('articles')
@ApiBearerAuth()
@Controller('sites/:site')
export class ArticlesController {
  constructor(
    private readonly articles: ArticlesService,
    private readonly workflow: WorkflowService,
  ) {}

  @Get('articles')
  @Authorize('article.read')
  @ApiOperation({ summary: 'Tin bài tôi được xem / articles I may see (?status=&mine=1)' })
  list(@CurrentActor() actor: Actor, @Query() q: ArticleListQuery): Promise<Page<ArticleSummaryResponse>> {
    return this.articles.list(actor, q);
  }

  @Get('queue')
  @Authorize('article.read')
  @ApiOperation({ summary: 'Việc chờ tôi / what awaits me, by role' })
  queue(@CurrentActor() actor: Actor): Promise<QueueResponse> {
    return this.workflow.queue(actor);
  }

  @Post('articles')
  @Authorize('article.create')
  @ApiOperation({ summary: 'Viết tin bài mới (bản nháp) / create a draft' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateArticleRequest): Promise<ArticleResponse> {
    return this.articles.create(actor, dto);
  }

  @Get('articles/:id')
  @Authorize('article.read')
  @ApiOperation({ summary: 'Một tin bài, với các bước tôi được làm / one article with my available actions' })
  get(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<ArticleResponse> {
    return this.articles.get(actor, id);
  }

  @Patch('articles/:id')
  @Authorize('article.update')
  @ApiOperation({ summary: 'Lưu tin bài (revision bắt buộc) / save (revision required; 409 if stale)' })
  update(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: UpdateArticleRequest): Promise<ArticleResponse> {
    return this.articles.update(actor, id, dto);
  }

  @Post('articles/:id/transitions')
  @Authorize('article.transition')
  @ApiOperation({ summary: 'Chuyển bước quy trình / take a workflow action' })
  transition(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: TransitionRequest): Promise<ArticleResponse> {
    return this.workflow.transition(actor, id, dto);
  }

  @Get('articles/:id/slip.pdf')
  @Authorize('article.read')
  @ApiOperation({ summary: 'Mẫu cung cấp thông tin và phiếu duyệt (PDF) / provision form and approval slip' })
  async slip(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const { pdf, filename } = await this.articles.slip(actor, id);
    void reply.type('application/pdf').header('Content-Disposition', `inline; filename="${filename}"`).header('Cache-Control', 'no-store');
    return pdf;
  }

  @Get('articles/:id/history')
  @Authorize('article.read')
  @ApiOperation({ summary: 'Lịch sử: các bước và phiên bản / every transition and revision' })
  history(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<ArticleHistoryResponse> {
    return this.articles.history(actor, id);
  }

  @Get('articles/:id/revisions/compare')
  @Authorize('article.read')
  @ApiOperation({ summary: 'So sánh hai phiên bản / compare two revisions (?from=&to=)' })
  compare(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Query() q: CompareQuery): Promise<RevisionCompareResponse> {
    return this.articles.compare(actor, id, q.from, q.to);
  }

  @Get('articles/:id/revisions/:number')
  @Authorize('article.read')
  @ApiOperation({ summary: 'Một phiên bản / one revision' })
  revision(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: string,
    @Param('number', PositiveIntPipe) n: number,
  ): Promise<ArticleContent & { number: number }> {
    return this.articles.revision(actor, id, n);
  }

  @Post('articles/:id/revisions/:number/restore')
  @Authorize('article.update')
  @ApiOperation({ summary: 'Khôi phục phiên bản (tạo phiên bản mới) / restore a revision as a new one' })
  restore(
    @CurrentActor() actor: Actor,
    @Param('id', IdPipe) id: string,
    @Param('number', PositiveIntPipe) n: number,
    @Body() dto: RestoreRequest,
  ): Promise<ArticleResponse> {
    return this.articles.restore(actor, id, n, dto.revision);
  }
}
