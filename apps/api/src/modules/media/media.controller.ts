import { Body, Controller, Get, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Page } from '@congxa/shared/dto/common';
import {
  ALT_TEXT_MAX_LENGTH,
  CAPTION_MAX_LENGTH,
  MediaListQuery,
  UpdateMediaRequest,
  type MediaDetailResponse,
  type MediaResponse,
  type UploadMediaResponse,
} from '@congxa/shared/dto/media';
import { Authorize, CurrentActor } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { IdPipe } from '../../common/http/id.pipe';
import { MediaService } from './media.service';
import { withUpload } from './upload-reader';

@ApiTags('media')
@ApiBearerAuth()
@Controller('sites/:site/media')
export class MediaController {
  constructor(private readonly media: MediaService) {}

  @Get()
  @Authorize('media.read')
  @ApiOperation({
    summary: 'Thư viện ảnh, tệp / list the media library (newest first; ?kind=image|document, ?q= words with or without marks, ?missingAlt=1)',
  })
  list(@CurrentActor() actor: Actor, @Query() q: MediaListQuery): Promise<Page<MediaResponse>> {
    return this.media.list(actor, q);
  }

  @Get(':id')
  @Authorize('media.read')
  @ApiOperation({ summary: 'Một ảnh, tệp và nơi dùng / read a media item and the content items using it' })
  get(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string): Promise<MediaDetailResponse> {
    return this.media.get(actor, id);
  }

  @Post()
  @Authorize('media.upload')
  @ApiOperation({
    summary: 'Tải ảnh (JPEG, PNG, WebP, GIF ≤ 20 MB) hoặc tài liệu (PDF, DOCX ≤ 50 MB) lên / upload an image or a document',
    description:
      'multipart/form-data with one `file` field and optional `altText` and `caption`. The type is read from the bytes. 201 for a new item, 200 with `duplicate: true` when the same file is already in the library.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary' },
        altText: { type: 'string', maxLength: ALT_TEXT_MAX_LENGTH },
        caption: { type: 'string', maxLength: CAPTION_MAX_LENGTH },
      },
    },
  })
  async upload(@CurrentActor() actor: Actor, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<UploadMediaResponse> {
    const item = await withUpload(req, this.media.maxUploadBytes, (upload) => this.media.upload(actor, upload));
    void reply.status(item.duplicate ? 200 : 201);
    return item;
  }

  @Patch(':id')
  @Authorize('media.update')
  @ApiOperation({
    summary: 'Sửa mô tả (alt), chú thích ảnh / edit the alt text and caption (revision required); the uploader, or anyone with media.manage',
  })
  update(@CurrentActor() actor: Actor, @Param('id', IdPipe) id: string, @Body() dto: UpdateMediaRequest): Promise<MediaResponse> {
    return this.media.update(actor, id, dto);
  }
}
