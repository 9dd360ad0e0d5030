import { Controller, Get, Headers, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Page } from '@congxa/shared/dto/common';
import { PublicArticleQuery, type PublicArticle, type PublicArticleSummary } from '@congxa/shared/dto/public-articles';
import { Public } from '../../common/auth/access.decorators';
import { withETag } from '../../common/http/etag';
import { PublicArticlesService } from './public-articles.service';

@ApiTags('public')
@Controller('public/articles')
export class PublicArticlesController {
  constructor(private readonly articles: PublicArticlesService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Tin bài đã đăng / published articles, newest first (?category=&field=)' })
  async list(
    @Headers('host') host: string | undefined,
    @Query() q: PublicArticleQuery,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Page<PublicArticleSummary> | undefined> {
    return withETag(req, reply, await this.articles.list(host, q));
  }

  @Get(':slug')
  @Public()
  @ApiOperation({ summary: 'Một tin bài đã đăng / one published article' })
  async get(
    @Headers('host') host: string | undefined,
    @Param('slug') slug: string,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PublicArticle | undefined> {
    return withETag(req, reply, await this.articles.get(host, slug));
  }
}
