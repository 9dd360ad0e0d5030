import { Controller, Get, Headers, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PublicProcedureQuery, type PublicProcedure, type PublicProcedurePage } from '@congxa/shared/dto/procedures';
import { Public } from '../../common/auth/access.decorators';
import { withETag } from '../../common/http/etag';
import { PublicProceduresService } from './public-procedures.service';

@ApiTags('public')
@Controller('public/procedures')
export class PublicProceduresController {
  constructor(private readonly procedures: PublicProceduresService) {}

  @Get()
  @Public()
  @ApiOperation({
    summary:
      'Thủ tục hành chính đã đăng, theo lĩnh vực / the published administrative procedures, by field then code (?field=&level=&q=&sort=field|code|title), with the fields they span',
  })
  async list(
    @Headers('host') host: string | undefined,
    @Query() q: PublicProcedureQuery,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PublicProcedurePage | undefined> {
    return withETag(req, reply, await this.procedures.list(host, q));
  }

  @Get(':slug')
  @Public()
  @ApiOperation({
    summary:
      'Một thủ tục: trình tự, thành phần hồ sơ với mẫu đơn, phí, thời hạn, căn cứ pháp lý / one procedure with its steps, dossier and form templates, fees, time and legal basis',
  })
  async get(
    @Headers('host') host: string | undefined,
    @Param('slug') slug: string,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PublicProcedure | undefined> {
    return withETag(req, reply, await this.procedures.get(host, slug));
  }
}
