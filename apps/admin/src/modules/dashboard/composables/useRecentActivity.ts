import { ref, watch, type Ref } from 'vue';
import type { ItemSummaryResponse } from '@congxa/shared/dto/content';
import { useErrorMessage } from '../../../composables/useErrorMessage';
import { fetchRecentAudit } from '../api';
import { activityEntries, type ActivityEntry } from './activity';
import { DASHBOARD_TYPES } from './useMyWork';

/**
 * The site's recent workflow activity (deputy, chief: `audit.read`). The audit log names the item by id: its
 * title comes from the items the dashboard already holds, else from the item itself (one request per item,
 * at most ten); an item the user may no longer read keeps no title.
 */
export function useRecentActivity(site: Ref<string | null>, enabled: Ref<boolean>, known: Ref<Map<string, ItemSummaryResponse>>) {
  const describe = useErrorMessage();
  const entries = ref<ActivityEntry[]>([]);
  const titles = ref<Record<string, string | null>>({});
  const loading = ref(false);
  const error = ref<string | null>(null);

  let run = 0;
  async function load(): Promise<void> {
    const slug = site.value;
    if (!slug || !enabled.value) {
      entries.value = [];
      return;
    }
    const id = ++run;
    loading.value = true;
    error.value = null;
    try {
      const page = await fetchRecentAudit(slug);
      if (id !== run) return;
      entries.value = activityEntries(page.items);
      await loadTitles(slug, id);
    } catch (e) {
      if (id === run) error.value = describe(e);
    } finally {
      if (id === run) loading.value = false;
    }
  }

  async function loadTitles(slug: string, id: number): Promise<void> {
    const found: Record<string, string | null> = {};
    const missing = new Map<string, ActivityEntry>();
    for (const e of entries.value) {
      const item = known.value.get(e.itemId);
      if (item) found[e.itemId] = item.title;
      else missing.set(e.itemId, e);
    }
    await Promise.all(
      [...missing.values()].map(async (e) => {
        try {
          found[e.itemId] = (await DASHBOARD_TYPES[e.type].api.get(slug, e.itemId)).title;
        } catch {
          found[e.itemId] = null;
        }
      }),
    );
    if (id === run) titles.value = found;
  }

  watch(
    () => [site.value, enabled.value],
    () => void load(),
    { immediate: true },
  );
  return { entries, titles, loading, error, reload: load };
}
