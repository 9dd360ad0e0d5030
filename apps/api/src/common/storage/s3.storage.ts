import type { ReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type * as S3Sdk from '@aws-sdk/client-s3';
import type { S3Config } from '../config/config';
import { assertStorageKey, type MediaStorage, type StorageBody } from './media-storage';

type Sdk = Pick<typeof S3Sdk, 'S3Client' | 'PutObjectCommand' | 'GetObjectCommand' | 'DeleteObjectCommand' | 'HeadObjectCommand'>;

/** The SDK is large: it is loaded on the first use, and only when S3 storage is configured. */
const loadSdk = async (): Promise<Sdk> => import('@aws-sdk/client-s3');

const isNotFound = (err: unknown) => {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
};

async function toBuffer(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/**
 * Objects in an S3-compatible bucket (AWS S3, MinIO, Ceph, Cloudflare R2, …), under the same keys as the
 * local folder. Untested against a real server here: the tests check the requests it makes.
 */
export class S3Storage implements MediaStorage {
  private ready?: Promise<{ sdk: Sdk; client: S3Sdk.S3Client }>;

  constructor(
    private readonly config: S3Config,
    private readonly sdkLoader: () => Promise<Sdk> = loadSdk,
  ) {}

  describe(): string {
    return `s3://${this.config.bucket}${this.config.endpoint ? ` at ${this.config.endpoint}` : ''}`;
  }

  private connect(): Promise<{ sdk: Sdk; client: S3Sdk.S3Client }> {
    this.ready ??= this.sdkLoader().then((sdk) => ({
      sdk,
      client: new sdk.S3Client({
        region: this.config.region,
        endpoint: this.config.endpoint ?? undefined,
        forcePathStyle: this.config.forcePathStyle,
        credentials: { accessKeyId: this.config.accessKeyId, secretAccessKey: this.config.secretAccessKey },
      }),
    }));
    return this.ready;
  }

  async put(key: string, data: StorageBody, contentType: string): Promise<void> {
    const { sdk, client } = await this.connect();
    // A file stream's length is known from its path; any other stream is read into memory first
    // (a request without a length is refused by most S3 servers).
    const body = Buffer.isBuffer(data) || typeof (data as Partial<ReadStream>).path === 'string' ? data : await toBuffer(data);
    await client.send(new sdk.PutObjectCommand({ Bucket: this.config.bucket, Key: assertStorageKey(key), Body: body, ContentType: contentType }));
  }

  async get(key: string): Promise<Readable | null> {
    const { sdk, client } = await this.connect();
    try {
      const out = await client.send(new sdk.GetObjectCommand({ Bucket: this.config.bucket, Key: assertStorageKey(key) }));
      if (!out.Body) return null;
      return out.Body instanceof Readable ? out.Body : Readable.from(await out.Body.transformToByteArray());
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    const { sdk, client } = await this.connect();
    await client.send(new sdk.DeleteObjectCommand({ Bucket: this.config.bucket, Key: assertStorageKey(key) }));
  }

  async exists(key: string): Promise<boolean> {
    const { sdk, client } = await this.connect();
    try {
      await client.send(new sdk.HeadObjectCommand({ Bucket: this.config.bucket, Key: assertStorageKey(key) }));
      return true;
    } catch (err) {
      if (isNotFound(err)) return false;
      throw err;
    }
  }
}
