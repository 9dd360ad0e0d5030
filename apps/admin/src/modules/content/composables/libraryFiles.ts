import { ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue';
import type { MediaResponse } from '@congxa/shared/dto/media';
import { getMedia } from '../../media/api';

/** "PDF", "DOCX" from the sniffed type (the name's ending otherwise). */
export function fileType(media: MediaResponse): string {
  if (media.mimeType === 'application/pdf') return 'PDF';
  if (media.mimeType === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') return 'DOCX';
  if (media.mimeType === 'application/msword') return 'DOC';
  const ext = /\.([a-z0-9]{1,5})$/i.exec(media.originalName)?.[1];
  return ext ? ext.toUpperCase() : media.mimeType;
}

/**
 * What the site's library says about the files an input names (attachments, a form template in a row):
 * each id read once (null when it cannot be read: removed, or another site's), and a file picked in the
 * library remembered without asking again.
 */
export function useLibraryFiles(
  site: () => string,
  ids: () => string[],
): { known: Ref<Record<string, MediaResponse | null>>; loading: ShallowRef<boolean>; remember: (item: MediaResponse) => void } {
  const known = ref<Record<string, MediaResponse | null>>({});
  const loading = shallowRef(false);
  watch(
    [ids, site],
    async ([wanted, s]) => {
      const missing = [...new Set(wanted.filter((id) => id && !Object.hasOwn(known.value, id)))];
      if (!missing.length || !s) return;
      loading.value = true;
      const found = await Promise.allSettled(missing.map((id) => getMedia(s, id)));
      const next = { ...known.value };
      missing.forEach((id, i) => {
        const r = found[i];
        next[id] = r?.status === 'fulfilled' ? r.value : null;
      });
      known.value = next;
      loading.value = false;
    },
    { immediate: true },
  );
  return { known, loading, remember: (item) => (known.value = { ...known.value, [item.id]: item }) };
}
