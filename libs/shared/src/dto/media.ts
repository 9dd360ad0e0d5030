import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { PageQuery, Trim } from './common';
import { IsIntBetween, IsOptionalNotNull, IsOptionalOrNull } from './validators';

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
/** A caption (chú thích ảnh) shown under an image; plain text. */
export const CAPTION_MAX_LENGTH = 500;
/** The longest text search of the media library. */
export const MEDIA_SEARCH_MAX_LENGTH = 200;

const queryFlag = ({ value }: { value: unknown }) => {
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return value;
};

/** `?kind=&q=&missingAlt=1&page=&pageSize=` of the media library list. */
export class MediaListQuery extends PageQuery {
  @IsOptionalNotNull()
  @IsIn(MEDIA_KINDS)
  kind?: MediaKind;

  /**
   * Words found in the file name, the alt text or the caption, with or without Vietnamese marks
   * ("hoi nghi" finds "Hội nghị"); case-insensitive.
   */
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @MaxLength(MEDIA_SEARCH_MAX_LENGTH)
  q?: string;

  /** `1`/`true`: only images without alt text (they block publication). */
  @IsOptionalNotNull()
  @Transform(queryFlag)
  @IsBoolean()
  missingAlt?: boolean;
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

  /** Caption shown under the image (trimmed; empty means none). */
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @MaxLength(CAPTION_MAX_LENGTH)
  caption?: string;
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

  /** Caption shown under the image, trimmed; `null` or an empty text clears it. */
  @IsOptionalOrNull()
  @Trim()
  @IsString()
  @MaxLength(CAPTION_MAX_LENGTH)
  caption?: string | null;
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
  /** Caption shown under the image; null when there is none. */
  caption: string | null;
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

/** A content item whose working or live version uses a media item (as cover or in its body). */
export interface MediaUsageResponse {
  /** The content type: `article`, `page`, … */
  type: string;
  id: string;
  /** Title of the item's current version. */
  title: string;
  /** The status the admin shows for the item (workflow `ItemState`). */
  status: string;
}

/** One media item with where it is used (`GET /sites/:site/media/:id`). */
export interface MediaDetailResponse extends MediaResponse {
  /** The items using it that the caller may read, newest change first. */
  usage: MediaUsageResponse[];
  /** How many other items use it that the caller may not read. */
  hiddenUsageCount: number;
}
