import { Controller, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, type ApiBodyOptions, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { DOCX_IMPORT_MAX_BYTES, type ImportResponse, TXT_IMPORT_MAX_BYTES } from '@congxa/shared/dto/imports';
import { Authorize, CurrentActor } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { withUpload } from '../media/upload-reader';
import { ImportsService } from './imports.service';

const FILE_BODY: ApiBodyOptions = { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } };

@ApiTags('imports')
@ApiBearerAuth()
@Controller('sites/:site/imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post('docx')
  @Authorize('content.create')
  @ApiOperation({
    summary: 'Nhập tài liệu Word (.docx ≤ 50 MB) thành tin bài nháp / import a Word document as a draft',
    description:
      'multipart/form-data with one `file` field. Text in TCVN3 (.VnTime…) or VNI fonts is converted to Unicode; images go to the media library; the file is archived as the provenance original. Refused: .doc (415 WORD_DOC_NOT_SUPPORTED), macros (422 DOCUMENT_HAS_MACROS), password protection (422 DOCUMENT_ENCRYPTED), broken zips (422 DOCUMENT_CORRUPT), zip bombs (422 ARCHIVE_LIMITS_EXCEEDED), anything else (415 NOT_A_DOCX).',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  docx(@CurrentActor() actor: Actor, @Req() req: FastifyRequest): Promise<ImportResponse> {
    return withUpload(req, DOCX_IMPORT_MAX_BYTES, (upload) => this.imports.importDocx(actor, upload));
  }

  @Post('txt')
  @Authorize('content.create')
  @ApiOperation({
    summary: 'Nhập văn bản thuần (.txt ≤ 5 MB) thành tin bài nháp / import a plain-text file as a draft',
    description:
      'multipart/form-data with one `file` field. UTF-8, UTF-16 (with a byte-order mark), Windows-1258, TCVN3 and VNI are recognised; the first line is the title, the rest the body.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  txt(@CurrentActor() actor: Actor, @Req() req: FastifyRequest): Promise<ImportResponse> {
    return withUpload(req, TXT_IMPORT_MAX_BYTES, (upload) => this.imports.importTxt(actor, upload));
  }
}
