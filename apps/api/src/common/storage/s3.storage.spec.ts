import { Readable } from 'node:stream';
import type { S3Config } from '../config/config';
import { loadConfig, ConfigError } from '../config/config';
import { S3Storage } from './s3.storage';

/** Records the commands the storage sends; no S3 server is involved (none exists on the test machines). */
function fakeSdk(answer: (command: { kind: string; input: Record<string, unknown> }) => unknown = () => ({})) {
  const sent: { kind: string; input: Record<string, unknown> }[] = [];
  const clients: Record<string, unknown>[] = [];
  const command = (kind: string) =>
    class {
      readonly kind = kind;
      constructor(readonly input: Record<string, unknown>) {}
    };
  const sdk = {
    S3Client: class {
      constructor(options: Record<string, unknown>) {
        clients.push(options);
      }
      async send(c: { kind: string; input: Record<string, unknown> }) {
        sent.push({ kind: c.kind, input: c.input });
        const out = answer(c);
        if (out instanceof Error) throw out;
        return out;
      }
    },
    PutObjectCommand: command('put'),
    GetObjectCommand: command('get'),
    DeleteObjectCommand: command('delete'),
    HeadObjectCommand: command('head'),
  };
  return { sdk: sdk as never, sent, clients };
}

const CONFIG: S3Config = {
  endpoint: 'http://minio.local:9000',
  bucket: 'congxa-media',
  region: 'us-east-1',
  accessKeyId: 'AK',
  secretAccessKey: 'SK',
  forcePathStyle: true,
};

const notFound = () => Object.assign(new Error('not found'), { name: 'NotFound', $metadata: { httpStatusCode: 404 } });

describe('S3Storage (requests only; untested against a real S3 server)', () => {
  it('should put each object under the same key in the configured bucket, with its type', async () => {
    const { sdk, sent, clients } = fakeSdk();
    const storage = new S3Storage(CONFIG, async () => sdk);
    await storage.put('originals/site-1/item-1', Buffer.from('gốc'), 'image/jpeg');
    await storage.put('public/site-1/item-1/w640.webp', Readable.from([Buffer.from('a'), Buffer.from('b')]), 'image/webp');
    expect(sent.map((c) => [c.kind, c.input.Bucket, c.input.Key, c.input.ContentType])).toEqual([
      ['put', 'congxa-media', 'originals/site-1/item-1', 'image/jpeg'],
      ['put', 'congxa-media', 'public/site-1/item-1/w640.webp', 'image/webp'],
    ]);
    // A stream of unknown length is sent as bytes with a known length.
    expect((sent[1]!.input.Body as Buffer).toString()).toBe('ab');
    expect(clients).toEqual([
      { region: 'us-east-1', endpoint: 'http://minio.local:9000', forcePathStyle: true, credentials: { accessKeyId: 'AK', secretAccessKey: 'SK' } },
    ]);
  });

  it('should answer null and false for a missing object, and the body stream for a present one', async () => {
    const { sdk } = fakeSdk((c) => (c.input.Key === 'public/s/i/file' ? (c.kind === 'get' ? { Body: Readable.from([Buffer.from('pdf')]) } : {}) : notFound()));
    const storage = new S3Storage(CONFIG, async () => sdk);
    expect(await storage.exists('public/s/i/file')).toBe(true);
    expect(await storage.exists('public/s/i/w320.jpg')).toBe(false);
    expect(await storage.get('public/s/i/w320.jpg')).toBeNull();
    const body = await storage.get('public/s/i/file');
    const chunks: Buffer[] = [];
    for await (const c of body!) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('pdf');
  });

  it('should refuse keys that are not plain relative paths before sending anything', async () => {
    const { sdk, sent } = fakeSdk();
    const storage = new S3Storage(CONFIG, async () => sdk);
    await expect(storage.put('../other-bucket/x', Buffer.from('x'), 'text/plain')).rejects.toThrow('invalid storage key');
    expect(sent).toEqual([]);
  });
});

describe('media storage configuration', () => {
  it('should use the local folder under CONGXA_DATA_DIR by default and MEDIA_DIR when set', () => {
    expect(loadConfig({ CONGXA_DATA_DIR: '/srv/congxa' }).media).toMatchObject({
      dir: '/srv/congxa/media',
      s3: null,
      maxImageBytes: 20 * 1024 * 1024,
      maxPixels: 40_000_000,
    });
    expect(loadConfig({ MEDIA_DIR: '/mnt/anh' }).media.dir).toBe('/mnt/anh');
  });

  it('should switch to S3 when the bucket and keys are set, and name what is missing otherwise', () => {
    const env = { S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's', S3_ENDPOINT: 'https://s3.example.vn' };
    expect(loadConfig(env).media.s3).toEqual({
      endpoint: 'https://s3.example.vn',
      bucket: 'b',
      region: 'us-east-1',
      accessKeyId: 'k',
      secretAccessKey: 's',
      forcePathStyle: true,
    });
    expect(loadConfig({ ...env, S3_ENDPOINT: '', S3_REGION: 'ap-southeast-1' }).media.s3).toMatchObject({
      endpoint: null,
      forcePathStyle: false,
      region: 'ap-southeast-1',
    });
    expect(() => loadConfig({ S3_ENDPOINT: 'https://s3.example.vn', S3_BUCKET: 'b' })).toThrow(
      new ConfigError('S3 storage needs S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY'),
    );
    expect(() => loadConfig({ ...env, S3_ENDPOINT: 'minio:9000' })).toThrow('S3_ENDPOINT must be an http:// or https:// URL');
  });
});
