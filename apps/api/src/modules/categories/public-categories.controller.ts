import { Controller, Get, Headers, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PublicCategoryNode } from '@congxa/shared/dto/public-categories';
import { Public } from '../../common/auth/access.decorators';
import { withETag } from '../../common/http/etag';
import { PublicCategoriesService } from './public-categories.service';

@ApiTags('public')
@Controller('public/categories')
export class PublicCategoriesController {
  constructor(private readonly categories: PublicCategoriesService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Cây chuyên mục / the category tree' })
  async tree(
    @Headers('host') host: string | undefined,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PublicCategoryNode[] | undefined> {
    return withETag(req, reply, await this.categories.tree(host));
  }
}
