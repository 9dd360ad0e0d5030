import { Injectable } from '@nestjs/common';
import { type ConvertTextRequest, type ConvertTextResponse, TEXT_CONVERT_MAX_BYTES } from '@congxa/shared/dto/text';
import { convertLegacyText } from '@congxa/shared/text';
import { AppException } from '../../common/errors/app-exception';

@Injectable()
export class TextService {
  /**
   * Converts TCVN3 / VNI / VIQR text to Unicode NFC. `from` defaults to 'auto' (VIQR is never converted
   * automatically); a named `from` is echoed as `detected` with confidence 1. Nothing is stored.
   */
  convert(dto: ConvertTextRequest): ConvertTextResponse {
    if (Buffer.byteLength(dto.text, 'utf8') > TEXT_CONVERT_MAX_BYTES) {
      throw new AppException(413, 'PAYLOAD_TOO_LARGE', { field: 'text', maxBytes: TEXT_CONVERT_MAX_BYTES });
    }
    const result = convertLegacyText(dto.text, dto.from ?? 'auto', { fonts: dto.fonts });
    return { text: result.text, detected: result.detected, confidence: result.confidence };
  }
}
