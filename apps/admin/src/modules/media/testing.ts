import type { MediaResponse } from '@congxa/shared/dto/media';

let seq = 0;

/** An image of the library (with its three WebP/JPEG copies) for unit tests. */
export function sampleImage(overrides: Partial<MediaResponse> = {}): MediaResponse {
  const id = overrides.id ?? `6a1c2d9e-0000-4000-8000-${String(++seq).padStart(12, '0')}`;
  const v = (w: number, f: 'webp' | 'jpg') => ({
    name: `w${w}.${f}`,
    url: `/api/v1/public/media/${id}/w${w}.${f}`,
    mimeType: f === 'webp' ? 'image/webp' : 'image/jpeg',
    sizeBytes: w * 100,
    width: w,
    height: Math.round((w * 3) / 4),
  });
  return {
    id,
    kind: 'image',
    mimeType: 'image/jpeg',
    originalName: 'hoi-nghi.jpg',
    sizeBytes: 2_400_000,
    sha256: 'a'.repeat(64),
    width: 2000,
    height: 1500,
    altText: 'Hội nghị tổng kết năm của xã',
    caption: null,
    variants: [v(320, 'webp'), v(320, 'jpg'), v(640, 'webp'), v(640, 'jpg'), v(1280, 'webp'), v(1280, 'jpg')],
    uploadedBy: { id: 'u1', fullName: 'Hoàng Văn Cộng' },
    revision: 1,
    createdAt: '2026-03-01T01:30:00.000Z',
    updatedAt: '2026-03-01T01:30:00.000Z',
    ...overrides,
  };
}

/** A PDF of the library for unit tests. */
export function sampleDocument(overrides: Partial<MediaResponse> = {}): MediaResponse {
  const id = overrides.id ?? `6a1c2d9e-0000-4000-9000-${String(++seq).padStart(12, '0')}`;
  return sampleImage({
    id,
    kind: 'document',
    mimeType: 'application/pdf',
    originalName: 'ke-hoach-2026.pdf',
    sizeBytes: 830 * 1024,
    width: null,
    height: null,
    altText: null,
    variants: [{ name: 'file', url: `/api/v1/public/media/${id}/file`, mimeType: 'application/pdf', sizeBytes: 830 * 1024, width: null, height: null }],
    ...overrides,
  });
}
