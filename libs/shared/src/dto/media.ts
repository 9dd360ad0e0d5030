import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { PageQuery, Trim } from './common';
import { IsIntBetween, IsOptionalNotNull } from './validators';

/** What an upload turned out to be, from its bytes (never from its name or declared type). */
export const MEDIA_KINDS = ['image', 'document'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

/** The formats the library accepts, as shown to people when something else is refused. */
export const ACCEPTED_IMAGE_FORMATS = ['JPEG', 'PNG', 'WebP', 'GIF'] as const;
export const ACCEPTED_DOCUMENT_FORMATS = ['PDF', 'DOCX'] as const;

/** Widths (px) of the cleaned copies made of every image; an image is never enlarged. */
export const IMAGE_VARIANT_WIDTHS = [320, 640, 1280] as const;
export const IMAGE_VARIANT_FORMATS = ['webp', 'jpg'] as const;

/** Names of the public files of an image: `w320.webp` … `w1280.jpg`. */
export const IMAGE_VARIANT_NAMES = IMAGE_VARIANT_WIDTHS.flatMap((w) => IMAGE_VARIANT_FORMATS.map((f) => `w${w}.${f}`));

/** The public file of a document (PDF, DOCX), always served as a download. */
export const DOCUMENT_VARIANT_NAME = 'file';

export const ALT_TEXT_MAX_LENGTH = 300;

/** `?kind=&page=&pageSize=` of the media library list. */
export class MediaListQuery extends PageQuery {
  @IsOptionalNotNull()
  @IsIn(MEDIA_KINDS)
  kind?: MediaKind;
}

/** Text fields that may accompany the `file` field of an upload (multipart/form-data). */
export class UploadMediaFields {
  /** Text alternative of an image (required before the image appears in a published article). */
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(ALT_TEXT_MAX_LENGTH)
  altText?: string;
}

export class UpdateMediaRequest {
  @IsIntBetween(1)
  revision!: number;

  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(ALT_TEXT_MAX_LENGTH)
  altText?: string;
}

/** One public, cleaned file of a media item. */
export interface MediaVariantResponse {
  /** `w640.webp`, `file`, … */
  name: string;
  /** Path of the public file: `/api/v1/public/media/<id>/<name>`. */
  url: string;
  mimeType: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
}

export interface MediaResponse {
  id: string;
  kind: MediaKind;
  /** The type sniffed from the bytes. */
  mimeType: string;
  /** The uploaded file name, cleaned (no folders, no control characters). */
  originalName: string;
  sizeBytes: number;
  /** SHA-256 (hex) of the original, which is archived unchanged and never served. */
  sha256: string;
  width: number | null;
  height: number | null;
  /** Null until someone writes it; an image without one cannot appear in a published article. */
  altText: string | null;
  variants: MediaVariantResponse[];
  uploadedBy: { id: string; fullName: string } | null;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

/** The answer to an upload: the new item, or the existing one when the same file was already in the library. */
export interface UploadMediaResponse extends MediaResponse {
  duplicate: boolean;
}
