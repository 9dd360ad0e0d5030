import { Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  SPREADSHEET_FIELD,
  SPREADSHEET_FILES_FIELD,
  SPREADSHEET_FILES_MAX_TOTAL_BYTES,
  SPREADSHEET_MAX_BYTES,
  SPREADSHEET_MAX_FILES,
  type SpreadsheetImportResponse,
  type SpreadsheetPreviewResponse,
} from '@congxa/shared/dto/imports';
import { Authorize, CurrentActor } from '../../../common/auth/access.decorators';
import type { Actor } from '../../../common/auth/actor';
import { type ReceivedUpload, withUploads } from '../../media/upload-reader';
import { SpreadsheetImportService } from './spreadsheet-import.service';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const REFUSALS =
  'Refused: a sheet over 5 MB or files over their limits (413 PAYLOAD_TOO_LARGE), anything but .xlsx/.csv by its bytes (415 NOT_A_SPREADSHEET), a broken workbook (422 SPREADSHEET_CORRUPT), no recognised header row (422 SPREADSHEET_HEADER_NOT_FOUND), over 2,000 rows (422 SPREADSHEET_TOO_MANY_ROWS).';

/**
 * Import of a register (legal documents, procedures) from a spreadsheet: a template, a preview that
 * writes nothing, and the import.
 */
@ApiTags('imports')
@ApiBearerAuth()
@Controller('sites/:site/imports/:type')
export class SpreadsheetImportController {
  constructor(private readonly imports: SpreadsheetImportService) {}

  @Get('template.xlsx')
  @Authorize('content.create')
  @ApiOperation({ summary: 'Tệp mẫu .xlsx để nhập sổ (văn bản, thủ tục) / spreadsheet template of a register (headers and an example row)' })
  async template(@Param('type') type: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const { xlsx, filename } = await this.imports.template(type);
    void reply.header('content-type', XLSX_MIME).header('content-disposition', `attachment; filename="${filename}"`);
    return xlsx;
  }

  @Post('preview')
  @HttpCode(200)
  @Authorize('content.create')
  @ApiOperation({
    summary: 'Xem trước nhập từ bảng tính (không ghi gì) / preview a spreadsheet import: each row mapped, matched and checked',
    description: `multipart/form-data: \`file\` (.xlsx or .csv ≤ 5 MB, the first sheet), \`files\` (PDF/DOCX named by the rows, repeated). ${REFUSALS}`,
  })
  @ApiConsumes('multipart/form-data')
  preview(@CurrentActor() actor: Actor, @Param('type') type: string, @Req() req: FastifyRequest): Promise<SpreadsheetPreviewResponse> {
    return this.receive(req, (sheet, files, fields) => this.imports.preview(actor, type, sheet, files, fields));
  }

  @Post()
  @Authorize('content.create')
  @ApiOperation({
    summary: 'Nhập từ bảng tính thành bản nháp / import a spreadsheet: new drafts, new editions of items found by their key',
    description: `The same multipart body as the preview, plus \`skipInvalid=1\` (import the valid rows; otherwise any invalid row answers 422 IMPORT_ROWS_INVALID), \`submit=1\` with \`noSecretConfirmed=1\` (submit each item for approval). All rows in one transaction. ${REFUSALS}`,
  })
  @ApiConsumes('multipart/form-data')
  commit(@CurrentActor() actor: Actor, @Param('type') type: string, @Req() req: FastifyRequest): Promise<SpreadsheetImportResponse> {
    return this.receive(req, (sheet, files, fields) => this.imports.commit(actor, type, sheet, files, fields));
  }

  private receive<T>(
    req: FastifyRequest,
    work: (sheet: ReceivedUpload | undefined, files: ReceivedUpload[], fields: Record<string, string>) => Promise<T>,
  ): Promise<T> {
    const limits = {
      files: {
        [SPREADSHEET_FIELD]: { maxFiles: 1, maxBytes: SPREADSHEET_MAX_BYTES },
        [SPREADSHEET_FILES_FIELD]: { maxFiles: SPREADSHEET_MAX_FILES, maxBytes: this.imports.maxFileBytes },
      },
      maxTotalBytes: SPREADSHEET_MAX_BYTES + SPREADSHEET_FILES_MAX_TOTAL_BYTES,
    };
    return withUploads(req, limits, (files, fields) => work(files[SPREADSHEET_FIELD]![0], files[SPREADSHEET_FILES_FIELD]!, fields));
  }
}
