import { ArrayMaxSize, IsArray, IsIn, IsString, MaxLength } from 'class-validator';
import { IsOptionalNotNull } from './validators';
import type { DetectedEncoding } from '../text';

/** What `POST /text/convert` converts from: detected ('auto', the default) or named. */
export const TEXT_CONVERT_SOURCES = ['auto', 'tcvn3', 'vni', 'viqr'] as const;
export type TextConvertSource = (typeof TEXT_CONVERT_SOURCES)[number];

/** The largest text the endpoint converts: 1 MB of UTF-8 (a longer one answers 413). */
export const TEXT_CONVERT_MAX_BYTES = 1024 * 1024;

export class ConvertTextRequest {
  /** The text to convert, as pasted (legacy bytes read as cp1252 characters). */
  @IsString()
  text!: string;

  @IsOptionalNotNull()
  @IsIn(TEXT_CONVERT_SOURCES)
  from?: TextConvertSource;

  /** Fonts the text was set in (".VnTime", ".VnTimeH", "VNI-Times"): they decide the encoding and TCVN3 capitals. */
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  fonts?: string[];
}

export interface ConvertTextResponse {
  /** The text in Unicode NFC. */
  text: string;
  /** The encoding converted from: the one asked for, or the detected one ('unicode'/'unknown': unchanged). */
  detected: DetectedEncoding;
  /** 1 when `from` was given or a font named the encoding; the detector's confidence otherwise. */
  confidence: number;
}
