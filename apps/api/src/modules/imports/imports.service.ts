import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { posix } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ARTICLE_SCHEMA } from '@congxa/shared/content';
import type { ArticleResponse } from '@congxa/shared/dto/articles';
import { DOCX_MAX_IMAGES, type ImportConversion, type ImportFormat, type ImportResponse } from '@congxa/shared/dto/imports';
import type { Actor } from '../../common/auth/actor';
import { AuditService } from '../../common/audit/audit.service';
import { Db } from '../../common/database/db.service';
import { AppException } from '../../common/errors/app-exception';
import { MEDIA_STORAGE, type MediaStorage } from '../../common/storage/media-storage';
import { PublishingService } from '../publishing/publishing.service';
import { cleanFileName, MediaService, PUBLIC_MEDIA_PATH } from '../media/media.service';
import { DOCX_MIME } from '../media/sniff';
import type { ReceivedUpload } from '../media/upload-reader';
import { ContentOriginalsRepository } from './content-originals.repository';
import { clip, readDocx, skippedWarnings } from './docx/convert-docx';
import { renderBlocks } from './docx/html';
import { DocxPackage } from './docx/package';
import { decodeTextFile } from './txt/decode-text';
import { textToArticle } from './txt/text-article';

/** The longest body an article takes (its schema). */
export const ARTICLE_BODY_MAX_LENGTH = ARTICLE_SCHEMA.fields.body.max;
/** The variant an imported image is shown with in the body. */
export const BODY_IMAGE_VARIANT = 'w1280.webp';

/** Where an import's original file lives: private, beside the media originals, never served. */
export const importOriginalKey = (siteId: string, id: string) => `originals/${siteId}/imports/${id}`;

/** The picture formats the media library takes (EMF, WMF, TIFF, BMP, SVG are not among them). */
function isWebImage(b: Buffer): boolean {
  if (b.length < 12) return false;
  if (b[0] === 0x89 && b.toString('latin1', 1, 4) === 'PNG') return true;
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return true;
  if (b.toString('latin1', 0, 4) === 'GIF8') return true;
  return b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP';
}

const stemOf = (fileName: string) => {
  const name = cleanFileName(fileName);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
};

/** A document with no title anywhere is named after its file (and the author is told to fix it). */
function titleFromFileName(fileName: string, warnings: string[]): string {
  warnings.push('Tài liệu không có tiêu đề: đã lấy tên tệp làm tiêu đề, hãy sửa lại.');
  const fromName = clip(stemOf(fileName).replace(/_+/g, ' '));
  return fromName.length >= 3 ? fromName : 'Tin bài nhập từ tệp';
}

interface Draft {
  format: ImportFormat;
  mimeType: string;
  title: string | null;
  body: string;
  converted: ImportConversion[];
  warnings: string[];
  images: number;
}

/**
 * Word and plain-text import: the file becomes a new draft article owned by the caller, its legacy
 * (TCVN3 / VNI) text converted to Unicode, its images added to the media library, and the file itself
 * archived unchanged as the article's provenance original.
 */
@Injectable()
export class ImportsService {
  private readonly logger = new Logger('Imports');

  constructor(
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    private readonly db: Db,
    private readonly publishing: PublishingService,
    private readonly media: MediaService,
    private readonly originals: ContentOriginalsRepository,
    private readonly audit: AuditService,
  ) {}

  async importDocx(actor: Actor, upload: ReceivedUpload): Promise<ImportResponse> {
    const pkg = DocxPackage.open(await readFile(upload.path));
    const doc = readDocx(pkg);
    const warnings = skippedWarnings(doc.skipped);
    const sources = await this.ingestImages(actor, pkg, doc.imageParts, upload.filename, warnings, doc.imageAlts);
    const body = renderBlocks(doc.blocks, (part) => sources.get(part) ?? null, doc.titleBlock ?? undefined);
    const images = (body.match(/<img /g) ?? []).length;
    return this.createDraft(actor, upload, { format: 'docx', mimeType: DOCX_MIME, title: doc.title, body, converted: doc.converted, warnings, images });
  }

  async importTxt(actor: Actor, upload: ReceivedUpload): Promise<ImportResponse> {
    const decoded = decodeTextFile(await readFile(upload.path));
    const { title, body } = textToArticle(decoded.text);
    const warnings = decoded.encoding === 'windows-1258' ? ['Tệp không phải UTF-8: đã đọc theo bảng mã Windows-1258 (hãy kiểm tra lại dấu tiếng Việt).'] : [];
    return this.createDraft(actor, upload, { format: 'txt', mimeType: 'text/plain', title, body, converted: decoded.converted, warnings, images: 0 });
  }

  /**
   * The document's pictures into the media library, each part once, with the alt text the document gives
   * them (else left to fill); what cannot go in (formats the library does not take, pictures it refuses,
   * more than the limit) is reported.
   */
  private async ingestImages(
    actor: Actor,
    pkg: DocxPackage,
    parts: string[],
    fileName: string,
    warnings: string[],
    alts: ReadonlyMap<string, string> = new Map(),
  ): Promise<Map<string, string>> {
    const sources = new Map<string, string>();
    let unsupported = 0;
    let refused = 0;
    const stem = stemOf(fileName);
    for (const part of parts.slice(0, DOCX_MAX_IMAGES)) {
      const bytes = pkg.bytes(part);
      if (!bytes || !isWebImage(bytes)) {
        unsupported++;
        continue;
      }
      try {
        const item = await this.media.ingestBuffer(actor, bytes, `${stem} - ${posix.basename(part)}`, { altText: alts.get(part) });
        sources.set(part, `${PUBLIC_MEDIA_PATH}/${item.id}/${BODY_IMAGE_VARIANT}`);
      } catch (err) {
        if (!(err instanceof AppException)) throw err;
        refused++;
      }
    }
    if (unsupported)
      warnings.push(`Bỏ qua ${unsupported} ảnh không ở định dạng JPEG, PNG, WebP hoặc GIF (ví dụ EMF, WMF, TIFF): hãy chèn lại ảnh sau khi nhập.`);
    if (refused) warnings.push(`Bỏ qua ${refused} ảnh hỏng hoặc quá lớn (thư viện ảnh không nhận).`);
    if (parts.length > DOCX_MAX_IMAGES) warnings.push(`Tài liệu có ${parts.length} ảnh: chỉ nhập ${DOCX_MAX_IMAGES} ảnh đầu tiên.`);
    return sources;
  }

  /**
   * The draft: the original archived first (private storage), then one transaction creates the article
   * (its body sanitised by the article service), links the original and writes the audit entry. The
   * archived file is removed again if that transaction fails.
   */
  private async createDraft(actor: Actor, upload: ReceivedUpload, draft: Draft): Promise<ImportResponse> {
    if (!draft.title && !draft.body) throw new AppException(422, 'IMPORT_EMPTY');
    if (draft.body.length > ARTICLE_BODY_MAX_LENGTH)
      throw new AppException(422, 'IMPORT_TOO_LONG', { maxLength: ARTICLE_BODY_MAX_LENGTH, length: draft.body.length });
    const fileName = cleanFileName(upload.filename);
    const title = draft.title ?? titleFromFileName(upload.filename, draft.warnings);
    const siteId = actor.site!.id;
    const id = randomUUID();
    const key = importOriginalKey(siteId, id);
    await this.storage.put(key, createReadStream(upload.path), draft.mimeType);
    try {
      return await this.db.transaction(async () => {
        const article = await this.publishing.create(actor, 'article', { title: title.normalize('NFC'), body: draft.body }, 'import');
        await this.originals.insert({
          id,
          siteId,
          itemId: article.id,
          format: draft.format,
          mimeType: draft.mimeType,
          originalName: fileName,
          sizeBytes: upload.sizeBytes,
          sha256: upload.sha256,
          uploadedById: actor.userId,
        });
        await this.audit.record(actor, {
          action: 'article.import',
          targetType: 'article',
          targetId: article.id,
          details: {
            format: draft.format,
            originalName: fileName,
            sizeBytes: upload.sizeBytes,
            sha256: upload.sha256,
            converted: draft.converted.map((c) => ({ from: c.from, font: c.font ?? null, count: c.count })),
            images: draft.images,
          },
        });
        return {
          article: article as ArticleResponse,
          converted: draft.converted,
          warnings: draft.warnings,
          images: draft.images,
          original: { format: draft.format, fileName, sizeBytes: upload.sizeBytes, sha256: upload.sha256 },
        };
      });
    } catch (err) {
      await this.storage.delete(key).catch((e: unknown) => this.logger.warn(`could not remove ${key}: ${String(e)}`));
      throw err;
    }
  }
}
