import { Controller, Get, Headers, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Page } from '@congxa/shared/dto/common';
import { PublicSearchQuery, type PublicSearchItem } from '@congxa/shared/dto/search';
import { Public } from '../../common/auth/access.decorators';
import { withETag } from '../../common/http/etag';
import { SearchService } from './search.service';

@ApiTags('public')
@Controller('public/search')
export class PublicSearchController {
  constructor(private readonly search: SearchService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Tìm kiếm nội dung đã đăng, có dấu hoặc không dấu / search published content (?q=&type=&page=)' })
  async find(
    @Headers('host') host: string | undefined,
    @Query() q: PublicSearchQuery,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Page<PublicSearchItem> | undefined> {
    return withETag(req, reply, await this.search.search(host, q));
  }
}
