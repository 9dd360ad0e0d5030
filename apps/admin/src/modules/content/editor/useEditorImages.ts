import { computed, reactive, ref, shallowRef } from 'vue';
import { isBlankAlt } from '@congxa/shared/content';
import { ALT_TEXT_MAX_LENGTH, CAPTION_MAX_LENGTH, type MediaResponse } from '@congxa/shared/dto/media';
import type { UploadOptions, UploadProgress } from '../../../core/http';
import { figureFromMedia, type FigureAttrs } from './mediaImage';

/**
 * The image flows of the editor, without the editor: the image dialog (upload a file with its alt text
 * and caption, or pick from the library; edit the alt text and caption of an image in the document)
 * and files dropped or pasted into the document (uploaded behind a placeholder, then the dialog opens
 * on the new image for its alt text). The document is reached through `FigureDocument`, the upload
 * through `upload` — both given by the component (and by the spec).
 */
export interface FigureDocument {
  /** Insert at the selection (after a selected image), or at `at`. Returns the image's position. */
  insertFigure(attrs: FigureAttrs, at?: number): number | null;
  updateFigure(pos: number, attrs: Pick<FigureAttrs, 'alt' | 'caption'>): void;
  removeFigure(pos: number): void;
  /** Upload placeholders in the document: add one, follow its progress, find it, remove it. */
  addPlaceholder(id: string, pos: number | null, name: string): (progress: UploadProgress) => void;
  placeholderPos(id: string): number | null;
  removePlaceholder(id: string): void;
}

export type UploadImage = (file: File, fields: { altText?: string; caption?: string }, options: UploadOptions) => Promise<MediaResponse>;

export type ImageFieldError = 'noFile' | 'notImage' | 'noPick' | 'noVariant' | 'altRequired' | 'altTooLong' | 'captionTooLong';

export interface ImageFormErrors {
  source?: ImageFieldError;
  alt?: ImageFieldError;
  caption?: ImageFieldError;
}

export type ImageDialogMode = 'insert' | 'edit';
export type ImageSourceTab = 'upload' | 'library';

export const isImageFile = (file: Pick<File, 'type'>): boolean => /^image\//i.test(file.type);

/** What is wrong with the dialog's fields, by field (empty: nothing). */
export function validateImageForm(form: {
  mode: ImageDialogMode;
  tab: ImageSourceTab;
  file: File | null;
  picked: MediaResponse | null;
  alt: string;
  caption: string;
}): ImageFormErrors {
  const errors: ImageFormErrors = {};
  if (form.mode === 'insert') {
    if (form.tab === 'upload') {
      if (!form.file) errors.source = 'noFile';
      else if (!isImageFile(form.file)) errors.source = 'notImage';
    } else if (!form.picked) errors.source = 'noPick';
    else if (!figureFromMedia(form.picked, '', '')) errors.source = 'noVariant';
  }
  if (isBlankAlt(form.alt)) errors.alt = 'altRequired';
  else if (form.alt.trim().length > ALT_TEXT_MAX_LENGTH) errors.alt = 'altTooLong';
  if (form.caption.trim().length > CAPTION_MAX_LENGTH) errors.caption = 'captionTooLong';
  return errors;
}

let sequence = 0;

export function useEditorImages(deps: {
  doc: () => FigureDocument | null;
  upload: UploadImage;
  /** The API's refusal (or a network failure) in words. */
  describe: (error: unknown) => string;
  /** Tell the person something went wrong outside the dialog (a dropped file was refused). */
  notify: (message: { key: 'uploadFailed'; name: string; reason: string }) => void;
}) {
  const open = ref(false);
  const mode = ref<ImageDialogMode>('insert');
  const tab = ref<ImageSourceTab>('upload');
  const file = shallowRef<File | null>(null);
  const picked = shallowRef<MediaResponse | null>(null);
  const form = reactive({ alt: '', caption: '' });
  /** The image being edited: its position and what it shows. */
  const editing = shallowRef<{ pos: number; attrs: FigureAttrs } | null>(null);
  const errors = ref<ImageFormErrors>({});
  const busy = ref(false);
  const progress = shallowRef<UploadProgress | null>(null);
  const serverError = ref<string | null>(null);
  let controller: AbortController | null = null;

  function reset(): void {
    file.value = null;
    picked.value = null;
    form.alt = '';
    form.caption = '';
    errors.value = {};
    progress.value = null;
    serverError.value = null;
    busy.value = false;
  }

  function openInsert(): void {
    reset();
    mode.value = 'insert';
    tab.value = 'upload';
    editing.value = null;
    open.value = true;
  }

  function openEdit(pos: number, attrs: FigureAttrs): void {
    reset();
    mode.value = 'edit';
    editing.value = { pos, attrs };
    form.alt = attrs.alt;
    form.caption = attrs.caption;
    open.value = true;
  }

  function close(): void {
    controller?.abort();
    controller = null;
    open.value = false;
    busy.value = false;
  }

  function setFile(next: File | null): void {
    file.value = next;
    serverError.value = null;
    errors.value = { ...errors.value, source: next && !isImageFile(next) ? 'notImage' : undefined };
  }

  /** An item chosen in the library: its alt text and caption are the starting point. */
  function pick(media: MediaResponse): void {
    picked.value = media;
    serverError.value = null;
    if (!form.alt.trim() && media.altText) form.alt = media.altText;
    if (!form.caption.trim() && media.caption) form.caption = media.caption;
    errors.value = { ...errors.value, source: undefined };
  }

  const hasErrors = (e: ImageFormErrors) => !!(e.source || e.alt || e.caption);

  /** Insert or save, as the dialog's main button does. True when done (the dialog closes). */
  async function submit(): Promise<boolean> {
    if (busy.value) return false;
    errors.value = validateImageForm({ mode: mode.value, tab: tab.value, file: file.value, picked: picked.value, ...form });
    if (hasErrors(errors.value)) return false;
    const doc = deps.doc();
    if (!doc) return false;
    const alt = form.alt.trim();
    const caption = form.caption.trim();
    if (mode.value === 'edit') {
      if (editing.value) doc.updateFigure(editing.value.pos, { alt, caption });
      open.value = false;
      return true;
    }
    let media = picked.value;
    if (tab.value === 'upload') {
      busy.value = true;
      serverError.value = null;
      controller = new AbortController();
      try {
        media = await deps.upload(
          file.value!,
          { altText: alt, caption: caption || undefined },
          {
            signal: controller.signal,
            onProgress: (p) => (progress.value = p),
          },
        );
      } catch (error) {
        if (!open.value) return false;
        serverError.value = deps.describe(error);
        return false;
      } finally {
        busy.value = false;
        progress.value = null;
        controller = null;
      }
    }
    const attrs = media ? figureFromMedia(media, alt, caption) : null;
    if (!attrs) {
      errors.value = { source: 'noVariant' };
      return false;
    }
    doc.insertFigure(attrs);
    open.value = false;
    return true;
  }

  function removeImage(): void {
    const doc = deps.doc();
    if (doc && editing.value) doc.removeFigure(editing.value.pos);
    open.value = false;
  }

  /**
   * Image files dropped or pasted into the document: each is uploaded behind a placeholder showing its
   * progress; then the image takes the placeholder's place and the dialog opens on it for its alt text.
   * A refused file leaves nothing behind in the document, and the reason is told.
   */
  async function uploadFiles(files: File[], pos: number | null): Promise<void> {
    for (const one of files) {
      const doc = deps.doc();
      if (!doc) return;
      const id = `upload-${++sequence}`;
      const onProgress = doc.addPlaceholder(id, pos, one.name);
      try {
        const media = await deps.upload(one, {}, { onProgress });
        const at = doc.placeholderPos(id);
        doc.removePlaceholder(id);
        const attrs = figureFromMedia(media, media.altText ?? '', media.caption ?? '');
        if (at === null) continue; // The placeholder went with the text around it.
        if (!attrs) throw new Error('no variant');
        const inserted = doc.insertFigure(attrs, at);
        if (inserted !== null && !open.value) openEdit(inserted, attrs);
      } catch (error) {
        doc.removePlaceholder(id);
        deps.notify({ key: 'uploadFailed', name: one.name, reason: deps.describe(error) });
      }
    }
  }

  const altLength = computed(() => form.alt.trim().length);
  const captionLength = computed(() => form.caption.trim().length);

  return {
    open,
    mode,
    tab,
    file,
    picked,
    form,
    editing,
    errors,
    busy,
    progress,
    serverError,
    altLength,
    captionLength,
    openInsert,
    openEdit,
    close,
    setFile,
    pick,
    submit,
    removeImage,
    uploadFiles,
  };
}

export type EditorImages = ReturnType<typeof useEditorImages>;
