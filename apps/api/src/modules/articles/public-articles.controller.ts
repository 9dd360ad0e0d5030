import { Controller, Get, Headers, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page } from '@congxa/shared/dto/common';
import { PageQuery } from '@congxa/shared/dto/common';
import type { PublicArticle, PublicArticleSummary } from '@congxa/shared/dto/public-articles';
import { Public } from '../../common/auth/access.decorators';
import { PublicArticlesService } from './public-articles.service';

@ApiTags('public')
@Controller('public/articles')
export class PublicArticlesController {
  constructor(private readonly articles: PublicArticlesService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Tin bài đã đăng / published articles, newest first' })
  list(@Headers('host') host: string | undefined, @Query() q: PageQuery): Promise<Page<PublicArticleSummary>> {
    return this.articles.list(host, q);
  }

  @Get(':slug')
  @Public()
  @ApiOperation({ summary: 'Một tin bài đã đăng / one published article' })
  get(@Headers('host') host: string | undefined, @Param('slug') slug: string): Promise<PublicArticle> {
    return this.articles.get(host, slug);
  }
}
