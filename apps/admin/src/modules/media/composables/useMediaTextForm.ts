import { computed, ref, shallowRef, toValue, type MaybeRefOrGetter } from 'vue';
import type { MediaResponse } from '@congxa/shared/dto/media';
import { HttpError } from '../../../core/http';
import { updateMedia, type UpdateMediaBody } from '../api';

export type MediaTextField = 'altText' | 'caption';
export type UpdateMediaFn = (site: string, id: string, body: UpdateMediaBody) => Promise<MediaResponse>;

export interface MediaTextFormOptions {
  /** The alt text must be written (the picker asks for it before an image goes into an article). */
  requireAlt?: MaybeRefOrGetter<boolean>;
  /** The sentence for an alt text left empty. */
  altRequired: () => string;
  update?: UpdateMediaFn;
}

function isMedia(value: unknown): value is MediaResponse {
  return (
    typeof value === 'object' && value !== null && typeof (value as MediaResponse).id === 'string' && typeof (value as MediaResponse).revision === 'number'
  );
}

/** The item someone else saved, carried by a 409 REVISION_CONFLICT (`details.current`). */
export function conflictCurrent(error: unknown): MediaResponse | null {
  if (!(error instanceof HttpError) || error.status !== 409) return null;
  const current = (error.details as { current?: unknown } | null | undefined)?.current;
  return isMedia(current) ? current : null;
}

/**
 * The alt text and caption form of one media item. Saves with the revision it read; when someone else
 * saved first (409), it takes their revision and keeps what this person typed in the fields, so saving
 * again puts it on top — nothing typed is lost — and shows their values beside.
 */
export function useMediaTextForm(site: MaybeRefOrGetter<string>, options: MediaTextFormOptions) {
  const update = options.update ?? updateMedia;
  const base = shallowRef<MediaResponse | null>(null);
  const altText = ref('');
  const caption = ref('');
  const revision = ref(0);
  const saving = ref(false);
  /** The other person's saved version after a 409 (their values), until this person saves or takes them. */
  const conflict = shallowRef<MediaResponse | null>(null);
  const error = shallowRef<unknown>(null);
  const fieldErrors = ref<Partial<Record<MediaTextField, string>>>({});

  const dirty = computed(() => {
    const b = base.value;
    if (!b) return false;
    return altText.value.trim() !== (b.altText ?? '') || caption.value.trim() !== (b.caption ?? '');
  });

  /** Shows an item's saved values (a new item, or "take their version" after a conflict). */
  function load(media: MediaResponse): void {
    base.value = media;
    altText.value = media.altText ?? '';
    caption.value = media.caption ?? '';
    revision.value = media.revision;
    conflict.value = null;
    error.value = null;
    fieldErrors.value = {};
  }

  /** Saves; resolves with the saved item, or null when it was refused (the reasons are in the state). */
  async function save(): Promise<MediaResponse | null> {
    const b = base.value;
    if (!b || saving.value) return null;
    error.value = null;
    fieldErrors.value = {};
    const alt = altText.value.trim();
    // An alt text once written cannot be emptied (the API refuses it): ask for one instead.
    if (!alt && (toValue(options.requireAlt) || b.altText)) {
      fieldErrors.value = { altText: options.altRequired() };
      return null;
    }
    const body: UpdateMediaBody = { revision: revision.value, caption: caption.value.trim() || null };
    if (alt) body.altText = alt;
    saving.value = true;
    try {
      const saved = await update(toValue(site), b.id, body);
      load(saved);
      return saved;
    } catch (e) {
      const current = conflictCurrent(e);
      if (current) {
        // Their version becomes the base; the fields keep this person's text.
        base.value = current;
        revision.value = current.revision;
        conflict.value = current;
      } else if (e instanceof HttpError && e.fieldErrors.length > 0) {
        const fields: Partial<Record<MediaTextField, string>> = {};
        for (const f of e.fieldErrors) if (f.field === 'altText' || f.field === 'caption') fields[f.field] = f.message;
        fieldErrors.value = fields;
      }
      error.value = e;
      return null;
    } finally {
      saving.value = false;
    }
  }

  /** After a conflict: drop what was typed and show the other person's version. */
  function takeTheirs(): void {
    if (conflict.value) load(conflict.value);
  }

  return { base, altText, caption, revision, saving, conflict, error, fieldErrors, dirty, load, save, takeTheirs };
}
