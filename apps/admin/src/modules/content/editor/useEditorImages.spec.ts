import { describe, expect, it, vi } from 'vitest';
import type { MediaResponse } from '@congxa/shared/dto/media';
import { HttpError } from '../../../core/http';
import { figureFromMedia } from './mediaImage';
import { useEditorImages, validateImageForm, type FigureDocument, type UploadImage } from './useEditorImages';

const ID = '7f1c2d9e-0000-4000-8000-00000000000a';
function media(overrides: Partial<MediaResponse> = {}): MediaResponse {
  const variant = (name: string, width: number) => ({
    name,
    url: `/api/v1/public/media/${ID}/${name}`,
    mimeType: name.endsWith('.jpg') ? 'image/jpeg' : 'image/webp',
    sizeBytes: 1000,
    width,
    height: Math.round((width * 2) / 3),
  });
  return {
    id: ID,
    kind: 'image',
    mimeType: 'image/jpeg',
    originalName: 'cau-moi.jpg',
    sizeBytes: 5000,
    sha256: 'x',
    width: 2000,
    height: 1333,
    altText: null,
    caption: null,
    variants: [variant('w320.webp', 320), variant('w640.jpg', 640), variant('w1280.webp', 1280), variant('w1280.jpg', 1280)],
    uploadedBy: null,
    revision: 1,
    createdAt: '2026-03-01T00:00:00Z',
    updatedAt: '2026-03-01T00:00:00Z',
    ...overrides,
  };
}

function fakeDoc() {
  const calls: string[] = [];
  let placeholder: number | null = null;
  const doc: FigureDocument = {
    insertFigure: vi.fn((attrs, at) => {
      calls.push(`insert ${attrs.alt} at ${at ?? 'selection'}`);
      return at ?? 5;
    }),
    updateFigure: vi.fn((pos, attrs) => void calls.push(`update ${pos} ${attrs.alt}|${attrs.caption}`)),
    removeFigure: vi.fn((pos) => void calls.push(`remove ${pos}`)),
    addPlaceholder: vi.fn<FigureDocument['addPlaceholder']>((_id, pos) => {
      placeholder = pos;
      calls.push(`placeholder ${pos}`);
      return (p) => calls.push(`progress ${p.percent}`);
    }),
    placeholderPos: () => placeholder,
    removePlaceholder: vi.fn(() => void calls.push('placeholder gone')),
  };
  return { doc, calls };
}

const file = (name = 'anh.jpg', type = 'image/jpeg') => new File(['x'], name, { type });

function setup(upload: UploadImage) {
  const { doc, calls } = fakeDoc();
  const notify = vi.fn();
  const images = useEditorImages({ doc: () => doc, upload, describe: (e) => (e instanceof Error ? e.message : 'lỗi'), notify });
  return { images, doc, calls, notify };
}

describe('figureFromMedia', () => {
  it('should use the 1280 px JPEG with its size, or the widest copy there is', () => {
    expect(figureFromMedia(media(), ' Cầu ', '')).toEqual({ src: `/api/v1/public/media/${ID}/w1280.jpg`, alt: 'Cầu', width: 1280, height: 853, caption: '' });
    const small = media({ variants: media().variants.filter((v) => !v.name.startsWith('w1280')) });
    expect(figureFromMedia(small, 'a', '')?.src).toBe(`/api/v1/public/media/${ID}/w640.jpg`);
    expect(figureFromMedia(media({ kind: 'document', variants: [] }), 'a', '')).toBeNull();
  });
});

describe('validateImageForm', () => {
  const base = { mode: 'insert' as const, tab: 'upload' as const, file: file(), picked: null, alt: 'Mô tả', caption: '' };
  it('should require a file (an image), alt text within 300 characters and a caption within 500', () => {
    expect(validateImageForm(base)).toEqual({});
    expect(validateImageForm({ ...base, file: null, alt: ' \u00a0' })).toEqual({ source: 'noFile', alt: 'altRequired' });
    expect(validateImageForm({ ...base, file: file('a.pdf', 'application/pdf') }).source).toBe('notImage');
    expect(validateImageForm({ ...base, alt: 'a'.repeat(301), caption: 'c'.repeat(501) })).toEqual({ alt: 'altTooLong', caption: 'captionTooLong' });
    expect(validateImageForm({ ...base, tab: 'library' }).source).toBe('noPick');
    expect(validateImageForm({ ...base, mode: 'edit', file: null })).toEqual({});
  });
});

describe('useEditorImages', () => {
  it('should not insert an image without alt text', async () => {
    const upload = vi.fn<UploadImage>();
    const { images, calls } = setup(upload);
    images.openInsert();
    images.setFile(file());
    expect(await images.submit()).toBe(false);
    expect(images.errors.value.alt).toBe('altRequired');
    expect(upload).not.toHaveBeenCalled();
    expect(calls).toEqual([]);
  });

  it('should upload with the alt text and caption, show the progress, then insert the figure and close', async () => {
    const seen: unknown[] = [];
    const { images, calls } = setup(async (_file, fields, options) => {
      expect(fields).toEqual({ altText: 'Cầu mới', caption: 'Ảnh: xã' });
      options.onProgress?.({ phase: 'sending', percent: 40, loaded: 4, total: 10 });
      seen.push(images.progress.value);
      return media({ altText: 'Cầu mới' });
    });
    images.openInsert();
    images.setFile(file());
    images.form.alt = 'Cầu mới';
    images.form.caption = 'Ảnh: xã';
    expect(await images.submit()).toBe(true);
    expect(seen).toEqual([{ phase: 'sending', percent: 40, loaded: 4, total: 10 }]);
    expect(calls).toEqual(['insert Cầu mới at selection']);
    expect(images.open.value).toBe(false);
  });

  it('should keep the dialog open with the API’s reason when the upload is refused', async () => {
    const refusal = new HttpError({ status: 415, code: 'UNSUPPORTED_MEDIA_FORMAT', message: 'Tệp không phải ảnh JPEG, PNG, WebP hoặc GIF.' });
    const { images, calls } = setup(async () => Promise.reject(refusal));
    images.openInsert();
    images.setFile(file());
    images.form.alt = 'x';
    expect(await images.submit()).toBe(false);
    expect(images.serverError.value).toBe('Tệp không phải ảnh JPEG, PNG, WebP hoặc GIF.');
    expect(images.open.value).toBe(true);
    expect(calls).toEqual([]);
  });

  it('should start from the library item’s alt text and caption when one is picked', async () => {
    const { images, calls } = setup(vi.fn());
    images.openInsert();
    images.tab.value = 'library';
    images.pick(media({ altText: 'Từ thư viện', caption: 'Chú thích' }));
    expect(images.form).toEqual({ alt: 'Từ thư viện', caption: 'Chú thích' });
    expect(await images.submit()).toBe(true);
    expect(calls).toEqual(['insert Từ thư viện at selection']);
  });

  it('should edit the alt text and caption of an image in place, or remove it', async () => {
    const { images, calls } = setup(vi.fn());
    const attrs = { src: `/api/v1/public/media/${ID}/w1280.jpg`, alt: '', width: 1280, height: 853, caption: '' };
    images.openEdit(7, attrs);
    images.form.alt = 'Mới';
    expect(await images.submit()).toBe(true);
    images.openEdit(7, attrs);
    images.removeImage();
    expect(calls).toEqual(['update 7 Mới|', 'remove 7']);
  });

  it('should upload a dropped file behind a placeholder, put the image there and ask for its alt text', async () => {
    const { images, calls } = setup(async (_f, fields, options) => {
      expect(fields).toEqual({});
      options.onProgress?.({ phase: 'sending', percent: 50, loaded: 1, total: 2 });
      return media();
    });
    await images.uploadFiles([file()], 12);
    expect(calls).toEqual(['placeholder 12', 'progress 50', 'placeholder gone', 'insert  at 12']);
    expect(images.open.value).toBe(true);
    expect(images.mode.value).toBe('edit');
    expect(images.editing.value?.pos).toBe(12);
  });

  it('should remove the placeholder and tell the reason when a dropped file is refused', async () => {
    const { images, calls, notify } = setup(async () => Promise.reject(new Error('Tệp quá lớn (tối đa 20 MB).')));
    await images.uploadFiles([file('to.jpg')], 3);
    expect(calls).toEqual(['placeholder 3', 'placeholder gone']);
    expect(notify).toHaveBeenCalledWith({ key: 'uploadFailed', name: 'to.jpg', reason: 'Tệp quá lớn (tối đa 20 MB).' });
    expect(images.open.value).toBe(false);
  });
});
