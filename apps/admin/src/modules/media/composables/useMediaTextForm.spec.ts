import { describe, expect, it, vi } from 'vitest';
import { HttpError } from '../../../core/http';
import { sampleImage } from '../testing';
import { conflictCurrent, useMediaTextForm, type UpdateMediaFn } from './useMediaTextForm';

const altRequired = () => 'Hãy viết mô tả cho ảnh.';

describe('useMediaTextForm', () => {
  it('should save the trimmed alt text and caption with the revision it read', async () => {
    const image = sampleImage({ altText: null, revision: 4 });
    const update = vi.fn<UpdateMediaFn>().mockResolvedValue({ ...image, altText: 'Trao quà', caption: 'Ảnh: UBND xã', revision: 5 });
    const form = useMediaTextForm('an-hao-dong', { altRequired, update });
    form.load(image);
    form.altText.value = '  Trao quà ';
    form.caption.value = 'Ảnh: UBND xã';
    expect(form.dirty.value).toBe(true);
    const saved = await form.save();
    expect(update).toHaveBeenCalledWith('an-hao-dong', image.id, { revision: 4, altText: 'Trao quà', caption: 'Ảnh: UBND xã' });
    expect(saved?.revision).toBe(5);
    expect(form.revision.value).toBe(5);
    expect(form.dirty.value).toBe(false);
  });

  it('should clear the caption with null when it is emptied', async () => {
    const image = sampleImage({ caption: 'Cũ' });
    const update = vi.fn<UpdateMediaFn>().mockResolvedValue({ ...image, caption: null, revision: 2 });
    const form = useMediaTextForm('an-hao-dong', { altRequired, update });
    form.load(image);
    form.caption.value = '  ';
    await form.save();
    expect(update.mock.calls[0]![2]).toEqual({ revision: 1, altText: image.altText, caption: null });
  });

  it('should keep what was typed and take the new revision when someone else saved first (409)', async () => {
    const image = sampleImage({ altText: null, revision: 1 });
    const theirs = { ...image, altText: 'Bản của người khác', revision: 2 };
    const update = vi
      .fn<UpdateMediaFn>()
      .mockRejectedValueOnce(new HttpError({ status: 409, code: 'REVISION_CONFLICT', message: 'x', details: { current: theirs } }))
      .mockResolvedValueOnce({ ...theirs, altText: 'Bản của tôi', revision: 3 });
    const form = useMediaTextForm('an-hao-dong', { altRequired, update });
    form.load(image);
    form.altText.value = 'Bản của tôi';
    expect(await form.save()).toBeNull();
    expect(form.altText.value).toBe('Bản của tôi');
    expect(form.conflict.value?.altText).toBe('Bản của người khác');
    expect(form.revision.value).toBe(2);

    // Saving again puts this person's text on top of the current revision.
    await form.save();
    expect(update.mock.calls[1]![2]).toMatchObject({ revision: 2, altText: 'Bản của tôi' });
    expect(form.conflict.value).toBeNull();
  });

  it("should show the other person's version when asked to take theirs", async () => {
    const image = sampleImage({ revision: 1 });
    const theirs = { ...image, altText: 'Của họ', caption: 'Chú thích của họ', revision: 2 };
    const update = vi
      .fn<UpdateMediaFn>()
      .mockRejectedValue(new HttpError({ status: 409, code: 'REVISION_CONFLICT', message: 'x', details: { current: theirs } }));
    const form = useMediaTextForm('an-hao-dong', { altRequired, update });
    form.load(image);
    form.altText.value = 'Của tôi';
    await form.save();
    form.takeTheirs();
    expect([form.altText.value, form.caption.value, form.conflict.value]).toEqual(['Của họ', 'Chú thích của họ', null]);
  });

  it('should ask for the alt text when it is required or would be emptied, without calling the API', async () => {
    const update = vi.fn<UpdateMediaFn>();
    const required = useMediaTextForm('an-hao-dong', { altRequired, update, requireAlt: true });
    required.load(sampleImage({ altText: null }));
    expect(await required.save()).toBeNull();
    expect(required.fieldErrors.value).toEqual({ altText: 'Hãy viết mô tả cho ảnh.' });

    const emptied = useMediaTextForm('an-hao-dong', { altRequired, update });
    emptied.load(sampleImage({ altText: 'Có rồi' }));
    emptied.altText.value = ' ';
    await emptied.save();
    expect(emptied.fieldErrors.value.altText).toBe('Hãy viết mô tả cho ảnh.');
    expect(update).not.toHaveBeenCalled();
  });

  it("should put the API's field messages next to their fields", async () => {
    const error = new HttpError({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: 'Dữ liệu không hợp lệ.',
      fieldErrors: [{ field: 'caption', rule: 'maxLength', message: 'Chú thích dài quá 500 ký tự.' }],
    });
    const form = useMediaTextForm('an-hao-dong', { altRequired, update: vi.fn<UpdateMediaFn>().mockRejectedValue(error) });
    form.load(sampleImage());
    await form.save();
    expect(form.fieldErrors.value).toEqual({ caption: 'Chú thích dài quá 500 ký tự.' });
  });

  it('should read the current item only from a 409 that carries one', () => {
    const current = sampleImage();
    expect(conflictCurrent(new HttpError({ status: 409, code: 'REVISION_CONFLICT', message: 'x', details: { current } }))).toBe(current);
    expect(conflictCurrent(new HttpError({ status: 409, code: 'CONFLICT', message: 'x' }))).toBeNull();
    expect(conflictCurrent(new Error('x'))).toBeNull();
  });
});
