import type { ConvertTextResponse, TextConvertSource } from '@congxa/shared/dto/text';
import { http } from '../../core/http';

export interface ConvertTextInput {
  text: string;
  from: TextConvertSource;
  fonts?: string[];
}

/** POST /text/convert: legacy Vietnamese text (TCVN3, VNI, VIQR) → Unicode. */
export function convertText(input: ConvertTextInput): Promise<ConvertTextResponse> {
  return http<ConvertTextResponse>('/text/convert', { method: 'POST', body: input });
}
