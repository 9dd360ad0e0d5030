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

const tooLarge = (maxBytes: number) => new AppException(413, 'PAYLOAD_TOO_LARGE', { field: FILE_FIELD, maxBytes });

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

/**
 * Receive a multipart/form-data upload (one `file` field, up to `maxBytes`, plus a few short text
 * fields) into a private temporary folder, hashing it on the way; run `work` on it; remove the
 * temporary folder afterwards in every case. Nothing is held in memory beyond a stream buffer.
 */
export async function withUpload<T>(req: FastifyRequest, maxBytes: number, work: (upload: ReceivedUpload) => Promise<T>): Promise<T> {
  if (!req.isMultipart()) throw new AppException(415, 'UNSUPPORTED_MEDIA_TYPE');
  const dir = await mkdtemp(join(tmpdir(), 'congxa-upload-'));
  try {
    let received: Omit<ReceivedUpload, 'fields'> | null = null;
    const fields: Record<string, string> = {};
    try {
      const parts = req.parts({ limits: { fileSize: maxBytes, files: 1, fields: 8, fieldSize: 4096, parts: 9, headerPairs: 50 } });
      for await (const part of parts) {
        if (part.type === 'field') {
          if (typeof part.value === 'string') fields[part.fieldname] = part.value;
          continue;
        }
        if (part.fieldname !== FILE_FIELD) {
          await drain(part.file);
          throw new ValidationFailed([{ field: part.fieldname, rule: 'whitelistValidation' }]);
        }
        const path = join(dir, 'upload');
        const hash = createHash('sha256');
        let sizeBytes = 0;
        await pipeline(
          part.file,
          async function* (source: AsyncIterable<Buffer>) {
            for await (const chunk of source) {
              hash.update(chunk);
              sizeBytes += chunk.length;
              yield chunk;
            }
          },
          createWriteStream(path, { mode: 0o600 }),
        );
        if (part.file.truncated) throw tooLarge(maxBytes);
        received = { path, filename: part.filename ?? '', sizeBytes, sha256: hash.digest('hex') };
      }
    } catch (err) {
      throw translate(err, maxBytes);
    }
    if (!received || received.sizeBytes === 0) throw new ValidationFailed([{ field: FILE_FIELD, rule: 'isDefined' }]);
    return await work({ ...received, fields });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
