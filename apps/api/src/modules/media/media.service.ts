import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { canEditMedia } from '@congxa/shared/authz';
import type { Page } from '@congxa/shared/dto/common';
import type { PublicDocumentFile } from '@congxa/shared/dto/documents';
import {
  DOCUMENT_VARIANT_NAME,
  IMAGE_VARIANT_NAMES,
  type MediaDetailResponse,
  type MediaListQuery,
  type MediaResponse,
  type UpdateMediaRequest,
  UploadMediaFields,
  type UploadMediaResponse,
} from '@congxa/shared/dto/media';
import { normalizeText } from '@congxa/shared/text';
import { canRead, displayStatus, type ItemFacts, type PolicyActor } from '@congxa/shared/workflow';
import type { Actor } from '../../common/auth/actor';
import { AuditService } from '../../common/audit/audit.service';
import { PublicCache } from '../../common/cache/public-cache';
import { APP_CONFIG, type AppConfig } from '../../common/config/config';
import { Db } from '../../common/database/db.service';
import { AppException, notFound, revisionConflict } from '../../common/errors/app-exception';
import { paging, toPage } from '../../common/http/paging';
import { MEDIA_STORAGE, type MediaStorage } from '../../common/storage/media-storage';
import { AppValidationPipe } from '../../common/validation/validation.pipe';
import { extractDocumentText } from './document-text';
import { processImage } from './image-processing';
import type { MediaEntity, StoredVariant } from './media.entity';
import { mediaKeys } from './media-keys';
import { MediaRepository, type MediaUseRow } from './media.repository';
import { findHiddenContent, sniffFile } from './sniff';
import type { ReceivedUpload } from './upload-reader';

export const PUBLIC_MEDIA_PATH = '/api/v1/public/media';

export function toMediaResponse(m: MediaEntity): MediaResponse {
  return {
    id: m.id,
    kind: m.kind,
    mimeType: m.mimeType,
    originalName: m.originalName,
    sizeBytes: m.sizeBytes,
    sha256: m.sha256,
    width: m.width,
    height: m.height,
    altText: m.altText,
    caption: m.caption,
    variants: m.variants.map((v) => ({
      name: v.name,
      url: `${PUBLIC_MEDIA_PATH}/${m.id}/${v.name}`,
      mimeType: v.mimeType,
      sizeBytes: v.sizeBytes,
      width: v.width,
      height: v.height,
    })),
    uploadedBy: m.uploadedBy ? { id: m.uploadedBy.id, fullName: m.uploadedBy.fullName } : null,
    revision: m.revision,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}

/**
 * A file name as people gave it, made safe to store and show: no folders, no control or reserved
 * characters, NFC, at most 200 characters (keeping the extension).
 */
export function cleanFileName(raw: string): string {
  const base = normalizeText(raw.split(/[\\/]/).pop() ?? '')
    .replace(/[\t\n\r\f\v]+/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  if (!base) return 'tep-tai-len';
  if (base.length <= 200) return base;
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 && base.length - dot <= 10 ? base.slice(dot) : '';
  return base.slice(0, 200 - ext.length) + ext;
}

/** `attachment` header with the name people know, its extension set from what the file really is. */
export function downloadDisposition(originalName: string, ext: string): string {
  const dot = originalName.lastIndexOf('.');
  const stem = (dot > 0 ? originalName.slice(0, dot) : originalName) || 'tai-lieu';
  const name = `${stem}.${ext}`;
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9._ -]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

const EXT_OF: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

/** What the public media route sends: a file, or 304 when the client's copy is current. */
export type PublicFile =
  | { status: 304; headers: Record<string, string> }
  | { status: 200; headers: Record<string, string>; stream: Readable; mimeType: string; length: number; disposition?: string };

/** A linked document's text for the classification scan, and how much of the document it covers. */
export interface DocumentReading {
  id: string;
  name: string;
  text: string;
  reading: 'full' | 'partial' | 'scanned' | 'unreadable';
}

const PUBLIC_NAMES = new Set<string>([...IMAGE_VARIANT_NAMES, DOCUMENT_VARIANT_NAME]);
/** A PDF document's public address for reading in the page (inline) rather than downloading (`file`). */
export const PDF_VIEW = 'view';

const sha256Of = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

const isUniqueViolation = (err: unknown) => (err as { driverError?: { code?: string } })?.driverError?.code === '23505';

@Injectable()
export class MediaService {
  private readonly logger = new Logger('Media');
  private readonly fieldsPipe = new AppValidationPipe();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MEDIA_STORAGE) private readonly storage: MediaStorage,
    private readonly db: Db,
    private readonly media: MediaRepository,
    private readonly audit: AuditService,
    private readonly cache: PublicCache,
  ) {}

  /** The largest upload the multipart reader lets through (the larger of the image and document limits). */
  get maxUploadBytes(): number {
    return Math.max(this.config.media.maxImageBytes, this.config.media.maxDocumentBytes);
  }

  async list(actor: Actor, q: MediaListQuery): Promise<Page<MediaResponse>> {
    const p = paging(q);
    return toPage(await this.media.list(siteId(actor), { kind: q.kind, q: q.q, missingAlt: q.missingAlt === true }, p.page, p.pageSize), p, toMediaResponse);
  }

  /**
   * One item and where it is used. Items the caller may not read (the shared `canRead`: contributors and
   * editors see what they wrote or are assigned) are only counted, never named.
   */
  async get(actor: Actor, id: string): Promise<MediaDetailResponse> {
    const m = await this.media.findOneInSite(siteId(actor), id);
    if (!m) throw notFound('MEDIA_NOT_FOUND');
    const uses = await this.media.usesOf(m.siteId, m.id);
    const who = readerOf(actor);
    const readable = uses.filter((u) => canRead(who, useFacts(u)));
    return {
      ...toMediaResponse(m),
      usage: readable.map((u) => ({ type: u.type, id: u.id, title: u.title, status: displayStatus(useFacts(u)) })),
      hiddenUsageCount: uses.length - readable.length,
    };
  }

  /**
   * Add an uploaded file to the library. The type comes from the bytes; images are checked, decoded and
   * re-encoded; all of that and the file writes happen before one short transaction inserts the row and
   * its audit entry. Files written for an upload that then fails are removed. The same file uploaded
   * again to the same site answers the existing item (`duplicate: true`).
   */
  async upload(actor: Actor, upload: ReceivedUpload): Promise<UploadMediaResponse> {
    const site = siteId(actor);
    const fields = (await this.fieldsPipe.transform(upload.fields, { type: 'body', metatype: UploadMediaFields })) as UploadMediaFields;
    const existing = await this.media.findBySha256(site, upload.sha256);
    if (existing) return { ...toMediaResponse(existing), duplicate: true };

    const sniffed = await sniffFile(upload.path, upload.sizeBytes);
    const maxBytes = sniffed.kind === 'image' ? this.config.media.maxImageBytes : this.config.media.maxDocumentBytes;
    if (upload.sizeBytes > maxBytes) throw new AppException(413, 'PAYLOAD_TOO_LARGE', { field: 'file', kind: sniffed.kind, maxBytes });

    const id = randomUUID();
    const publicFiles: { variant: StoredVariant; body: () => Buffer | Readable }[] = [];
    let width: number | null = null;
    let height: number | null = null;
    if (sniffed.kind === 'image') {
      const bytes = await readFile(upload.path);
      const hidden = findHiddenContent(bytes);
      if (hidden) throw new AppException(422, 'MEDIA_SUSPICIOUS_CONTENT', { found: hidden });
      const image = await processImage(bytes, sniffed.format, this.config.media.maxPixels);
      ({ width, height } = image);
      for (const v of image.variants) {
        publicFiles.push({
          variant: { name: v.name, mimeType: v.mimeType, sizeBytes: v.data.length, width: v.width, height: v.height, sha256: sha256Of(v.data) },
          body: () => v.data,
        });
      }
    } else {
      publicFiles.push({
        variant: { name: DOCUMENT_VARIANT_NAME, mimeType: sniffed.mimeType, sizeBytes: upload.sizeBytes, width: null, height: null, sha256: upload.sha256 },
        body: () => createReadStream(upload.path),
      });
    }
    // A document's text is read once, here (a worker thread, bounded in pages and time), for search and the classification scan.
    const read = sniffed.kind === 'document' ? await this.readText(id, await readFile(upload.path), sniffed.mimeType) : null;

    const written: string[] = [];
    try {
      const originalKey = mediaKeys.original(site, id);
      await this.storage.put(originalKey, createReadStream(upload.path), sniffed.mimeType);
      written.push(originalKey);
      for (const f of publicFiles) {
        const key = mediaKeys.publicFile(site, id, f.variant.name);
        await this.storage.put(key, f.body(), f.variant.mimeType);
        written.push(key);
      }
      const created = await this.db.transaction(async () => {
        const m = await this.media.insert({
          id,
          siteId: site,
          kind: sniffed.kind,
          mimeType: sniffed.mimeType,
          originalName: cleanFileName(upload.filename),
          sizeBytes: upload.sizeBytes,
          sha256: upload.sha256,
          width,
          height,
          variants: publicFiles.map((f) => f.variant),
          altText: fields.altText ?? null,
          caption: fields.caption || null,
          textContent: read?.text ?? null,
          textReading: read?.reading ?? null,
          uploadedById: actor.userId,
        });
        await this.audit.record(actor, {
          action: 'media.upload',
          targetType: 'media',
          targetId: id,
          details: {
            kind: m.kind,
            mimeType: m.mimeType,
            originalName: m.originalName,
            sizeBytes: m.sizeBytes,
            sha256: m.sha256,
            ...(m.caption ? { caption: m.caption } : {}),
          },
        });
        return m;
      });
      return { ...toMediaResponse(created), duplicate: false };
    } catch (err) {
      await Promise.all(written.map((key) => this.storage.delete(key).catch((e: unknown) => this.logger.warn(`could not remove ${key}: ${String(e)}`))));
      // The same file uploaded twice at the same moment: the first one in wins, the other gets it.
      if (isUniqueViolation(err)) {
        const winner = await this.media.findBySha256(site, upload.sha256);
        if (winner) return { ...toMediaResponse(winner), duplicate: true };
      }
      throw err;
    }
  }

  /**
   * Add a file found inside another one (an image embedded in an imported Word document) to the library,
   * exactly as an upload of those bytes would be: sniffed, checked, re-encoded, original archived, audited;
   * an identical file already in the site's library is answered instead (`duplicate: true`).
   */
  async ingestBuffer(actor: Actor, bytes: Buffer, name: string, opts: { altText?: string } = {}): Promise<UploadMediaResponse> {
    const dir = await mkdtemp(join(tmpdir(), 'congxa-ingest-'));
    try {
      const path = join(dir, 'upload');
      await writeFile(path, bytes, { mode: 0o600 });
      const fields: Record<string, string> = opts.altText ? { altText: opts.altText } : {};
      return await this.upload(actor, { path, filename: name, sizeBytes: bytes.length, sha256: sha256Of(bytes), fields });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  async update(actor: Actor, id: string, dto: UpdateMediaRequest): Promise<MediaResponse> {
    return this.db.transaction(async () => {
      const m = await this.media.lockInSite(siteId(actor), id);
      if (!m) throw notFound('MEDIA_NOT_FOUND');
      if (!canEditMedia(actor, m)) throw new AppException(403, 'MEDIA_EDIT_FORBIDDEN');
      if (m.revision !== dto.revision) throw revisionConflict(toMediaResponse(m));
      const changes: Record<string, { from: string | null; to: string | null }> = {};
      if (dto.altText !== undefined && dto.altText !== m.altText) {
        changes.altText = { from: m.altText, to: dto.altText };
        m.altText = dto.altText;
      }
      // An empty caption is no caption.
      const caption = dto.caption === undefined ? undefined : dto.caption || null;
      if (caption !== undefined && caption !== m.caption) {
        changes.caption = { from: m.caption, to: caption };
        m.caption = caption;
      }
      if (Object.keys(changes).length > 0) {
        await this.audit.record(actor, { action: 'media.update', targetType: 'media', targetId: m.id, details: changes });
        await this.media.save(m);
        // Pages rendered for the public show images with their alt text and caption.
        await this.cache.invalidate(m.siteId);
      }
      return toMediaResponse((await this.media.findOneInSite(m.siteId, m.id))!);
    });
  }

  /**
   * A public file of a media item: a re-encoded image variant or a document's download. Any site's item
   * is served by its id (ids are random UUIDs that only appear where the item is used), so the admin of
   * any domain and the province aggregator can show them. Originals are never read here.
   */
  /**
   * The site's documents (PDF, DOCX) among `ids`, in the order asked, as the public downloads them
   * (`/api/v1/public/media/<id>/file`); ids that are not the site's documents are left out.
   */
  async publicDocumentFiles(siteId: string, ids: string[]): Promise<PublicDocumentFile[]> {
    const found = new Map((await this.media.findInSite(siteId, ids)).filter((m) => m.kind === 'document').map((m) => [m.id, m]));
    return ids.flatMap((id) => {
      const m = found.get(id);
      if (!m) return [];
      const url = `${PUBLIC_MEDIA_PATH}/${m.id}`;
      const viewUrl = m.mimeType === 'application/pdf' ? `${url}/${PDF_VIEW}` : null;
      return [{ id: m.id, name: m.originalName, mimeType: m.mimeType, sizeBytes: Number(m.sizeBytes), url: `${url}/file`, viewUrl }];
    });
  }

  /** Which of `ids` are images of the site's own library with alt text (ready to be shown publicly). */
  async imagesWithAltText(siteId: string, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    return new Set((await this.media.findInSite(siteId, ids)).filter((m) => m.kind === 'image' && m.altText?.trim()).map((m) => m.id));
  }

  /** Which of `ids` are documents (PDF, DOCX) of the site's own library (an item's attached files must be). */
  async siteDocumentIds(siteId: string, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    return new Set((await this.media.findInSite(siteId, ids)).filter((m) => m.kind === 'document').map((m) => m.id));
  }

  /** Which of `ids` are images of the site's own library (a cover or an inline image must be one). */
  async siteImageIds(siteId: string, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    return new Set((await this.media.findInSite(siteId, ids)).filter((m) => m.kind === 'image').map((m) => m.id));
  }

  /**
   * The text of the site's documents among `ids` (PDF, DOCX), for the classification scan and search: the
   * text read at upload, or (a file older than that) read now from the stored copy and kept. `reading` says how much of it could be checked: `full`; `partial` (a
   * PDF past the page, time or size limit of `extractDocumentText`: the text read is given); `scanned` (a PDF
   * of page images: no text to check); `unreadable` (the file could not be parsed: no text). Every reading
   * short of `full` is logged with the item's id.
   */
  async documentTexts(siteId: string, ids: string[]): Promise<DocumentReading[]> {
    const docs = (await this.media.findInSite(siteId, ids)).filter((m) => m.kind === 'document');
    const stored = await this.media.documentTexts(
      siteId,
      docs.map((m) => m.id),
    );
    const out: DocumentReading[] = [];
    for (const m of docs) {
      let read = stored.get(m.id) ?? null;
      if (!read) {
        // A file uploaded before texts were kept: read it now, once.
        const stream = await this.storage.get(mediaKeys.publicFile(m.siteId, m.id, 'file'));
        if (!stream) continue;
        const chunks: Buffer[] = [];
        for await (const c of stream) chunks.push(c as Buffer);
        read = await this.readText(m.id, Buffer.concat(chunks), m.mimeType);
        await this.media.storeText(m.id, read.text, read.reading);
      }
      out.push({ id: m.id, name: m.originalName, text: read.text, reading: read.reading });
    }
    return out;
  }

  /** What `extractDocumentText` reads of a document, and how well (see `documentTexts`); logged when short of full. */
  private async readText(id: string, bytes: Buffer, mimeType: string): Promise<Pick<DocumentReading, 'text' | 'reading'>> {
    try {
      const doc = await extractDocumentText(bytes, mimeType);
      const opened = mimeType !== 'application/pdf' || doc.pages > 0;
      const reading: DocumentReading['reading'] = !opened ? 'unreadable' : doc.scanned ? 'scanned' : doc.complete ? 'full' : 'partial';
      if (reading !== 'full') this.logger.warn(`media ${id}: text ${reading} (${doc.pages} pages, ${doc.text.length} characters read)`);
      return { text: doc.text, reading };
    } catch (err) {
      this.logger.warn(`media ${id}: text not extracted (${err instanceof Error ? err.message : String(err)})`);
      return { text: '', reading: 'unreadable' };
    }
  }

  /**
   * A public file: an image variant, a document (`file`, downloaded under its own name), or a PDF to read
   * in the page (`view`: the same file shown inline, for the portal's preview frame). Everything else is
   * sandboxed by its CSP; a PDF shown inline is not (browsers' PDF viewers refuse sandboxed documents), but
   * it may only be framed by the portal itself and loads nothing.
   */
  async publicFile(id: string, name: string, ifNoneMatch: string | undefined): Promise<PublicFile> {
    const view = name === PDF_VIEW;
    if (!PUBLIC_NAMES.has(name) && !view) throw notFound('MEDIA_NOT_FOUND');
    const m = await this.media.findById(id);
    if (view && m?.mimeType !== 'application/pdf') throw notFound('MEDIA_NOT_FOUND');
    const variant = m?.variants.find((v) => v.name === (view ? DOCUMENT_VARIANT_NAME : name));
    if (!m || !variant) throw notFound('MEDIA_NOT_FOUND');
    const etag = `"${variant.sha256.slice(0, 32)}"`;
    const headers: Record<string, string> = {
      ETag: etag,
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': view ? "default-src 'none'; frame-ancestors 'self'" : "default-src 'none'; sandbox",
      'Cross-Origin-Resource-Policy': view ? 'same-origin' : 'cross-origin',
    };
    if (ifNoneMatch?.split(',').some((t) => t.trim() === etag || t.trim() === `W/${etag}` || t.trim() === '*')) return { status: 304, headers };
    const stream = await this.storage.get(mediaKeys.publicFile(m.siteId, m.id, variant.name));
    if (!stream) {
      this.logger.error(`media ${m.id}: public file ${variant.name} is missing from ${this.storage.describe()}`);
      throw notFound('MEDIA_NOT_FOUND');
    }
    const download = m.kind === 'document' ? downloadDisposition(m.originalName, EXT_OF[m.mimeType] ?? 'bin') : undefined;
    const disposition = view ? download!.replace(/^attachment/, 'inline') : download;
    return { status: 200, headers, stream, mimeType: variant.mimeType, length: variant.sizeBytes, disposition };
  }
}

/** The request's actor as the shared read policy sees them. */
function readerOf(actor: Actor): PolicyActor {
  return { kind: actor.kind, userId: actor.userId, role: actor.membership?.role ?? null, permissions: actor.permissions };
}

/** What the shared policies read of an item using a media item. */
function useFacts(u: MediaUseRow): ItemFacts {
  return {
    authorId: u.authorId,
    editionAuthorId: u.editionAuthorId,
    assigneeId: u.assigneeId,
    editionStatus: u.editionStatus,
    liveStatus: u.liveStatus,
    currentIsLive: u.currentIsLive,
  };
}

function siteId(actor: Actor): string {
  if (!actor.site) throw new AppException(404, 'SITE_NOT_FOUND');
  return actor.site.id;
}
