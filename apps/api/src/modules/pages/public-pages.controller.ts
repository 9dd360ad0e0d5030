import { Controller, Get, Headers, Param, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PublicPage, PublicPageNode } from '@congxa/shared/dto/pages';
import { Public } from '../../common/auth/access.decorators';
import { withETag } from '../../common/http/etag';
import { PublicPagesService } from './public-pages.service';

@ApiTags('public')
@Controller('public/pages')
export class PublicPagesController {
  constructor(private readonly pages: PublicPagesService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Cây trang giới thiệu đã đăng / the published page tree' })
  async tree(
    @Headers('host') host: string | undefined,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PublicPageNode[] | undefined> {
    return withETag(req, reply, await this.pages.tree(host));
  }

  @Get('*')
  @Public()
  @ApiOperation({ summary: 'Một trang đã đăng theo đường dẫn / one published page by its path (gioi-thieu/lich-su)' })
  async get(
    @Headers('host') host: string | undefined,
    @Param('*') path: string,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PublicPage | undefined> {
    return withETag(req, reply, await this.pages.get(host, path));
  }
}
