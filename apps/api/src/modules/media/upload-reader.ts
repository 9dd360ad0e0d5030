import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type {} from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppException } from '../../common/errors/app-exception';
import { ValidationFailed } from '../../common/errors/error.filter';

/** The multipart field that carries the file. */
export const FILE_FIELD = 'file';

/** An upload received in full into a private temporary file. */
export interface ReceivedUpload {
  /** The temporary file (removed when the work is done, whatever happens). */
  path: string;
  /** The name the client gave, as sent (not trusted: cleaned before it is stored). */
  filename: string;
  sizeBytes: number;
  /** SHA-256 (hex) of the bytes, computed while they arrived. */
  sha256: string;
  /** The text fields of the form (at most a few, each short). */
  fields: Record<string, string>;
}

const tooLarge = (maxBytes: number, field = FILE_FIELD) => new AppException(413, 'PAYLOAD_TOO_LARGE', { field, maxBytes });

/** The parser's own errors, as the API's errors. */
function translate(err: unknown, maxBytes: number): unknown {
  switch ((err as { code?: unknown })?.code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return tooLarge(maxBytes);
    case 'FST_FILES_LIMIT':
      return new ValidationFailed([{ field: FILE_FIELD, rule: 'maxFiles' }]);
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
    case 'FST_PROTO_VIOLATION':
    case 'FST_INVALID_JSON_FIELD_ERROR':
      return new ValidationFailed([{ field: 'body', rule: 'whitelistValidation' }]);
    case 'FST_MP_PREMATURE_CLOSE':
      return new AppException(400, 'BAD_REQUEST');
    default:
      if (err instanceof Error && !(err instanceof AppException) && !(err instanceof ValidationFailed) && /multipart|boundary|part/i.test(err.message)) {
        return new AppException(400, 'BAD_REQUEST');
      }
      return err;
  }
}

async function drain(stream: Readable): Promise<void> {
  for await (const chunk of stream) void chunk;
}

/** What a multipart request may carry: the file fields and how many of each, and the size limits. */
export interface UploadLimits {
  /** The file fields taken, each with the most files it may carry and the largest of them in bytes. */
  files: Record<string, { maxFiles: number; maxBytes: number }>;
  /** The most bytes all files together may hold (defaults to the largest single file). */
  maxTotalBytes?: number;
}

/**
 * Receive a multipart/form-data upload (the file fields `limits` names, each file up to its size, plus a few
 * short text fields) into a private temporary folder, hashing each file on the way; run `work` on the files
 * by field (in the order they came) and the text fields; remove the temporary folder afterwards in every
 * case. Nothing is held in memory beyond a stream buffer. A field not named, one file too many or an empty
 * file is a 400 naming the field (`isDefined` for an empty one); a file over its size (or all of them over the total) a 413.
 */
export async function withUploads<T>(
  req: FastifyRequest,
  limits: UploadLimits,
  work: (files: Record<string, ReceivedUpload[]>, fields: Record<string, string>) => Promise<T>,
): Promise<T> {
  if (!req.isMultipart()) throw new AppException(415, 'UNSUPPORTED_MEDIA_TYPE');
  const specs = Object.entries(limits.files);
  const largest = Math.max(...specs.map(([, l]) => l.maxBytes));
  const maxFiles = specs.reduce((n, [, l]) => n + l.maxFiles, 0);
  const maxTotalBytes = limits.maxTotalBytes ?? largest;
  const dir = await mkdtemp(join(tmpdir(), 'congxa-upload-'));
  try {
    const received: Record<string, Omit<ReceivedUpload, 'fields'>[]> = Object.fromEntries(specs.map(([name]) => [name, []]));
    const fields: Record<string, string> = {};
    let totalBytes = 0;
    try {
      const parts = req.parts({ limits: { fileSize: largest, files: maxFiles, fields: 8, fieldSize: 4096, parts: maxFiles + 8, headerPairs: 50 } });
      for await (const part of parts) {
        if (part.type === 'field') {
          if (typeof part.value === 'string') fields[part.fieldname] = part.value;
          continue;
        }
        const list = received[part.fieldname];
        const spec = limits.files[part.fieldname];
        if (!list || !spec) {
          await drain(part.file);
          throw new ValidationFailed([{ field: part.fieldname, rule: 'whitelistValidation' }]);
        }
        if (list.length >= spec.maxFiles) {
          await drain(part.file);
          throw new ValidationFailed([{ field: part.fieldname, rule: 'maxFiles' }]);
        }
        const path = join(dir, `upload-${Object.values(received).reduce((n, l) => n + l.length, 0)}`);
        const hash = createHash('sha256');
        let sizeBytes = 0;
        await pipeline(
          part.file,
          async function* (source: AsyncIterable<Buffer>) {
            for await (const chunk of source) {
              hash.update(chunk);
              sizeBytes += chunk.length;
              if (sizeBytes > spec.maxBytes) throw tooLarge(spec.maxBytes, part.fieldname);
              if (totalBytes + sizeBytes > maxTotalBytes) throw tooLarge(maxTotalBytes, part.fieldname);
              yield chunk;
            }
          },
          createWriteStream(path, { mode: 0o600 }),
        );
        if (part.file.truncated) throw tooLarge(spec.maxBytes, part.fieldname);
        if (sizeBytes === 0) throw new ValidationFailed([{ field: part.fieldname, rule: 'isDefined' }]);
        totalBytes += sizeBytes;
        list.push({ path, filename: part.filename ?? '', sizeBytes, sha256: hash.digest('hex') });
      }
    } catch (err) {
      throw translate(err, largest);
    }
    const files = Object.fromEntries(Object.entries(received).map(([name, list]) => [name, list.map((u) => ({ ...u, fields }))]));
    return await work(files, fields);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Receive a multipart/form-data upload of one `file` field (up to `maxBytes`, plus a few short text fields)
 * and run `work` on it (see {@link withUploads}).
 */
export function withUpload<T>(req: FastifyRequest, maxBytes: number, work: (upload: ReceivedUpload) => Promise<T>): Promise<T> {
  return withUploads(req, { files: { [FILE_FIELD]: { maxFiles: 1, maxBytes } } }, (files) => {
    const upload = files[FILE_FIELD]![0];
    if (!upload) throw new ValidationFailed([{ field: FILE_FIELD, rule: 'isDefined' }]);
    return work(upload);
  });
}
