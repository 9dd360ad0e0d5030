import { Controller, Get, Headers, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Page } from '@congxa/shared/dto/common';
import { PublicDocumentQuery, type PublicDocument, type PublicDocumentSummary } from '@congxa/shared/dto/documents';
import { Public } from '../../common/auth/access.decorators';
import { withETag } from '../../common/http/etag';
import { PublicDocumentsService } from './public-documents.service';

@ApiTags('public')
@Controller('public/documents')
export class PublicDocumentsController {
  constructor(private readonly documents: PublicDocumentsService) {}

  @Get()
  @Public()
  @ApiOperation({
    summary:
      'Văn bản đã đăng, hiệu lực tính theo ngày / the register of published legal documents, newest issue first (?type=&issuer=&year=&field=&status=&q=)',
  })
  async list(
    @Headers('host') host: string | undefined,
    @Query() q: PublicDocumentQuery,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Page<PublicDocumentSummary> | undefined> {
    return withETag(req, reply, await this.documents.list(host, q));
  }

  @Get(':slug')
  @Public()
  @ApiOperation({
    summary: 'Một văn bản: tệp, văn bản liên quan hai chiều, hiệu lực hôm nay / one document with its files, relations both ways and validity today',
  })
  async get(
    @Headers('host') host: string | undefined,
    @Param('slug') slug: string,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PublicDocument | undefined> {
    return withETag(req, reply, await this.documents.get(host, slug));
  }
}
