import { ARTICLE_SCHEMA } from './article';
import { PAGE_SCHEMA } from './page';
import { imageMediaIds, inlineImages, isBlankAlt, missingAltText } from './images';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const C = '33333333-3333-4333-8333-333333333333';
const src = (id: string) => `/api/v1/public/media/${id}/w640.webp`;
const lib = (images: string[], withAltText: string[]) => ({ images: new Set(images), withAltText: new Set(withAltText) });

describe('alt text of an item’s images (missingAltText)', () => {
  it('should list inline images in order with their media id and alt, whatever the quoting', () => {
    const html = `<p>x</p><img src="${src(A)}" alt="Cánh đồng"><figure><IMG alt='' src='${src(B)}'></figure><img src=${src(C)}>`;
    expect(inlineImages(html)).toEqual([
      { field: 'body', position: 1, src: src(A), mediaId: A, alt: 'Cánh đồng' },
      { field: 'body', position: 2, src: src(B), mediaId: B, alt: '' },
      { field: 'body', position: 3, src: src(C), mediaId: C, alt: null },
    ]);
  });

  it('should treat absent, empty and white-space-only alt (entities decoded) as blank', () => {
    expect([null, undefined, '', '   ', '\u00a0', ' \u200b '].every((a) => isBlankAlt(a))).toBe(true);
    expect(isBlankAlt('Ảnh')).toBe(false);
    expect(inlineImages(`<img src="${src(A)}" alt="&nbsp;">`)[0]!.alt).toBe('\u00a0');
    expect(inlineImages(`<img src="${src(A)}" alt="Tom &amp; Jerry &#7840;">`)[0]!.alt).toBe('Tom & Jerry Ạ');
  });

  it('should pass an item without images, and one whose images all carry alt text', () => {
    expect(missingAltText(ARTICLE_SCHEMA, { body: '<p>chữ</p>', coverMediaId: null }, lib([], []))).toEqual([]);
    const content = { coverMediaId: A, body: `<img src="${src(B)}" alt="Ảnh B">` };
    expect(missingAltText(ARTICLE_SCHEMA, content, lib([A, B], [A]))).toEqual([]);
  });

  it('should name the cover when its media item has no alt text', () => {
    expect(missingAltText(ARTICLE_SCHEMA, { coverMediaId: A, body: '' }, lib([A], []))).toEqual([
      { place: 'cover', field: 'coverMediaId', mediaId: A, reason: 'no_alt' },
    ]);
  });

  it('should name each inline image without its own alt by position, even when the library has alt text for it', () => {
    const body = `<img src="${src(A)}" alt="ok"><p>…</p><img src="${src(B)}" alt=""><img src="${src(C)}">`;
    expect(missingAltText(ARTICLE_SCHEMA, { coverMediaId: null, body }, lib([A, B, C], [A, B, C]))).toEqual([
      { place: 'body', field: 'body', position: 2, src: src(B), mediaId: B, reason: 'no_alt' },
      { place: 'body', field: 'body', position: 3, src: src(C), mediaId: C, reason: 'no_alt' },
    ]);
  });

  it('should refuse images that are not the site’s own, cover first', () => {
    const body = `<img src="${src(B)}" alt="Ảnh của trang khác">`;
    expect(missingAltText(PAGE_SCHEMA, { coverMediaId: A, body }, lib([], []))).toEqual([
      { place: 'cover', field: 'coverMediaId', mediaId: A, reason: 'not_in_library' },
      { place: 'body', field: 'body', position: 1, src: src(B), mediaId: B, reason: 'not_in_library' },
    ]);
  });

  it('should collect the media ids to ask the library about, once each', () => {
    const body = `<img src="${src(B)}" alt="x"><img src="${src(A)}" alt="y"><img src="${src(B)}">`;
    expect(imageMediaIds(ARTICLE_SCHEMA, { coverMediaId: A, body }).sort()).toEqual([A, B].sort());
  });
});
