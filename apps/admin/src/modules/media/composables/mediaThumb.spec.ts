import { describe, expect, it } from 'vitest';
import { sampleDocument, sampleImage } from '../testing';
import { acceptFor, documentLabel, guessKind, mediaDateTime, mediaLink, mediaThumb, needsAltText } from './mediaThumb';

describe('mediaThumb', () => {
  it('should give the 320 px WebP copy as the thumbnail when the image has it', () => {
    const image = sampleImage({ id: 'i1' });
    expect(mediaThumb(image)).toBe('/api/v1/public/media/i1/w320.webp');
    expect(mediaThumb(image, 640)).toBe('/api/v1/public/media/i1/w640.webp');
  });

  it('should fall back to the largest copy there is when a small image was never enlarged', () => {
    const small = sampleImage({ id: 'i2' });
    small.variants = small.variants.filter((v) => v.name.startsWith('w320'));
    expect(mediaThumb(small, 1280)).toBe('/api/v1/public/media/i2/w320.webp');
    small.variants = small.variants.filter((v) => v.name === 'w320.jpg');
    expect(mediaThumb(small)).toBe('/api/v1/public/media/i2/w320.jpg');
  });

  it('should give no thumbnail for a document', () => {
    expect(mediaThumb(sampleDocument())).toBeNull();
  });
});

describe('mediaLink', () => {
  it('should link the largest JPEG of an image and the file of a document, absolute with an origin', () => {
    expect(mediaLink(sampleImage({ id: 'i1' }), 'https://anhaodong.gov.vn')).toBe('https://anhaodong.gov.vn/api/v1/public/media/i1/w1280.jpg');
    expect(mediaLink(sampleDocument({ id: 'd1' }))).toBe('/api/v1/public/media/d1/file');
  });
});

describe('needsAltText', () => {
  it('should flag an image without alt text (blank counts as none) but never a document', () => {
    expect(needsAltText(sampleImage({ altText: null }))).toBe(true);
    expect(needsAltText(sampleImage({ altText: '   ' }))).toBe(true);
    expect(needsAltText(sampleImage())).toBe(false);
    expect(needsAltText(sampleDocument({ altText: null }))).toBe(false);
  });
});

describe('documentLabel', () => {
  it('should name PDF and DOCX from the sniffed type', () => {
    expect(documentLabel({ mimeType: 'application/pdf', originalName: 'x' })).toBe('PDF');
    expect(documentLabel({ mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', originalName: 'x' })).toBe('DOCX');
    expect(documentLabel({ mimeType: 'application/octet-stream', originalName: 'bang.odt' })).toBe('ODT');
  });
});

describe('guessKind and acceptFor', () => {
  it('should tell images from documents by type or extension, and leave unknown files to the API', () => {
    expect(guessKind({ name: 'anh.JPG', type: '' })).toBe('image');
    expect(guessKind({ name: 'x', type: 'image/heic' })).toBe('image');
    expect(guessKind({ name: 'to-trinh.docx', type: '' })).toBe('document');
    expect(guessKind({ name: 'ghi-chu.txt', type: 'text/plain' })).toBeNull();
  });

  it('should accept only images in an image picker', () => {
    expect(acceptFor('image')).toContain('image/jpeg');
    expect(acceptFor('image')).not.toContain('pdf');
    expect(acceptFor(null)).toContain('.docx');
  });
});

describe('mediaDateTime', () => {
  it('should show day first in Vietnam time whatever the browser zone', () => {
    expect(mediaDateTime('2026-03-01T01:30:00.000Z')).toBe('01/03/2026 08:30');
    expect(mediaDateTime('2025-07-01T17:30:00Z')).toBe('02/07/2025 00:30');
    expect(mediaDateTime('not a date')).toBe('');
  });
});
