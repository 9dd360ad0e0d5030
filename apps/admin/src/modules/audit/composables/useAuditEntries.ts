import { ref, toValue, watch, type MaybeRefOrGetter, type Ref } from 'vue';
import type { AuditEntryResponse } from '@congxa/shared/dto/audit';
import { useErrorMessage } from '../../../composables/useErrorMessage';
import { listAudit, type AuditFilterParams } from '../api';

export interface AuditEntriesRequest extends AuditFilterParams {
  page?: number;
  pageSize?: number;
}

export interface AuditEntries {
  entries: Ref<AuditEntryResponse[]>;
  total: Ref<number>;
  loading: Ref<boolean>;
  /** The sentence to show when the log could not be read (null when it was). */
  error: Ref<string | null>;
  reload: () => Promise<void>;
}

/**
 * A page of a site's activity log that follows its site and filters (reactive: a ref or a getter). Used
 * by the log screen and by the dashboard's "recent activity" of the deputy and the chief, e.g.
 * `useAuditEntries(slug, { pageSize: 10 })`. An answer that arrives after a newer request is dropped.
 */
export function useAuditEntries(site: MaybeRefOrGetter<string | null>, request: MaybeRefOrGetter<AuditEntriesRequest>): AuditEntries {
  const describe = useErrorMessage();
  const entries = ref<AuditEntryResponse[]>([]);
  const total = ref(0);
  const loading = ref(false);
  const error = ref<string | null>(null);
  let loadId = 0;

  async function reload(): Promise<void> {
    const slug = toValue(site);
    if (!slug) return;
    const id = ++loadId;
    loading.value = true;
    error.value = null;
    try {
      const page = await listAudit(slug, { ...toValue(request) });
      if (id !== loadId) return;
      entries.value = page.items;
      total.value = page.total;
    } catch (e) {
      if (id === loadId) error.value = describe(e);
    } finally {
      if (id === loadId) loading.value = false;
    }
  }

  watch(
    () => [toValue(site), JSON.stringify(toValue(request))],
    () => void reload(),
    { immediate: true },
  );

  return { entries, total, loading, error, reload };
}
