import { Controller, Get, Headers, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../../common/auth/access.decorators';
import { IdPipe } from '../../common/http/id.pipe';
import { MediaService, type PublicFile } from './media.service';

/** Headers, status and body of a public file on Fastify's reply. */
function send(reply: FastifyReply, file: PublicFile): StreamableFile | undefined {
  void reply.headers(file.headers).status(file.status);
  if (file.status === 304) return undefined;
  return new StreamableFile(file.stream, { type: file.mimeType, length: file.length, disposition: file.disposition });
}

@ApiTags('public')
@Controller('public/media')
export class PublicMediaController {
  constructor(private readonly media: MediaService) {}

  @Get(':id/:variant')
  @Public()
  @ApiOperation({
    summary: 'Ảnh đã làm sạch hoặc tài liệu / a cleaned image variant (w320|w640|w1280 .webp|.jpg) or a document (file)',
    description: 'Long-lived cache with ETag. The original upload is never served.',
  })
  async file(
    @Param('id', IdPipe) id: string,
    @Param('variant') variant: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile | undefined> {
    return send(reply, await this.media.publicFile(id, variant, ifNoneMatch));
  }
}
