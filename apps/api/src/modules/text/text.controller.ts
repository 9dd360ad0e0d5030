import { Body, Controller, HttpCode, Post, UseInterceptors } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ConvertTextRequest, type ConvertTextResponse } from '@congxa/shared/dto/text';
import { Authorize } from '../../common/auth/access.decorators';
import { LegacyBytesInterceptor } from './legacy-bytes.interceptor';
import { TextService } from './text.service';

/** Room for 1 MB of text however JSON escapes it; the service refuses more than 1 MB of text (413). */
const CONVERT_BODY_LIMIT = 4 * 1024 * 1024;

@ApiTags('text')
@ApiBearerAuth()
@Controller('text')
export class TextController {
  constructor(private readonly text: TextService) {}

  @Post('convert')
  @HttpCode(200)
  @Authorize('text.convert')
  @RouteConfig({ bodyLimit: CONVERT_BODY_LIMIT })
  @UseInterceptors(LegacyBytesInterceptor)
  @ApiOperation({ summary: 'Chuyển mã TCVN3, VNI, VIQR sang Unicode / convert legacy Vietnamese text to Unicode' })
  convert(@Body() dto: ConvertTextRequest): ConvertTextResponse {
    return this.text.convert(dto);
  }
}
