import sharp from 'sharp';
import { IMAGE_VARIANT_WIDTHS } from '@congxa/shared/dto/media';
import { AppException } from '../../common/errors/app-exception';
import { type ImageFormat, unreadable } from './sniff';

export interface ImageVariantOutput {
  /** `w640.webp`, … */
  name: string;
  mimeType: 'image/webp' | 'image/jpeg';
  width: number;
  height: number;
  data: Buffer;
}

export interface ProcessedImage {
  /** Size of the picture as people see it (after turning it upright). */
  width: number;
  height: number;
  variants: ImageVariantOutput[];
}

const LARGEST = Math.max(...IMAGE_VARIANT_WIDTHS);

/**
 * Check an image and make its public copies. Decompression bombs are refused from the header alone
 * (width × height over `maxPixels`), before any pixel is decoded; libvips enforces the same limit while
 * decoding. The picture is decoded once (first frame of a GIF or animated WebP), turned upright from its
 * EXIF orientation, converted to sRGB, and re-encoded at each width in WebP and JPEG, never enlarged.
 * Nothing of the original file survives in the copies: no EXIF (GPS), XMP, IPTC, ICC or trailing data.
 */
export async function processImage(input: Buffer, format: ImageFormat, maxPixels: number): Promise<ProcessedImage> {
  let meta: sharp.Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw unreadable(format);
  }
  if (meta.format !== format || !meta.width || !meta.height) throw unreadable(format);
  const pixels = meta.width * meta.height;
  if (pixels > maxPixels) {
    throw new AppException(422, 'IMAGE_TOO_MANY_PIXELS', { width: meta.width, height: meta.height, maxPixels });
  }

  let base: { data: Buffer; info: sharp.OutputInfo };
  try {
    base = await sharp(input, { limitInputPixels: maxPixels, failOn: 'error', animated: false })
      .autoOrient()
      .resize({ width: LARGEST, withoutEnlargement: true })
      .toColourspace('srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw unreadable(format);
  }
  const { data, info } = base;
  const upright = (meta.orientation ?? 1) >= 5;
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } } as const;
  const hasAlpha = info.channels === 2 || info.channels === 4;

  const variants = await Promise.all(
    IMAGE_VARIANT_WIDTHS.flatMap((w) => {
      const resized = () => sharp(data, raw).resize({ width: Math.min(w, info.width) });
      const encode = async (name: string, mimeType: ImageVariantOutput['mimeType'], pipeline: sharp.Sharp): Promise<ImageVariantOutput> => {
        const out = await pipeline.toBuffer({ resolveWithObject: true });
        return { name, mimeType, width: out.info.width, height: out.info.height, data: out.data };
      };
      return [
        encode(`w${w}.webp`, 'image/webp', resized().webp({ quality: 80 })),
        encode(`w${w}.jpg`, 'image/jpeg', (hasAlpha ? resized().flatten({ background: '#ffffff' }) : resized()).jpeg({ quality: 82, progressive: true })),
      ];
    }),
  );
  return { width: upright ? meta.height : meta.width, height: upright ? meta.width : meta.height, variants };
}
