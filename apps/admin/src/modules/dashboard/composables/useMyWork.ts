import { ref, watch, type Ref } from 'vue';
import {
  ARTICLE_SCHEMA,
  DOCUMENT_SCHEMA,
  PAGE_SCHEMA,
  PROCEDURE_SCHEMA,
  SCHEDULE_SCHEMA,
  type ContentType,
  type ContentTypeSchema,
} from '@congxa/shared/content';
import type { ItemEnvelope, ItemSummaryResponse } from '@congxa/shared/dto/content';
import { canCreate, type PolicyActor } from '@congxa/shared/workflow';
import { useErrorMessage } from '../../../composables/useErrorMessage';
import { articleApi } from '../../articles/api';
import { fetchQueue, type ItemApi } from '../../content/api';
import { fetchItemList } from '../../content/composables/itemList';
import { documentApi } from '../../documents/api';
import { pageApi } from '../../pages/api';
import { procedureApi } from '../../procedures/api';
import { scheduleApi } from '../../schedules/api';
import { ON_ITS_WAY, workSections, workSources, type WorkData, type WorkSection } from './myWork';

/** The types the dashboard knows, with their API. */
export const DASHBOARD_TYPES: Record<ContentType, { schema: ContentTypeSchema; api: Pick<ItemApi, 'route' | 'get'> }> = {
  article: { schema: ARTICLE_SCHEMA, api: articleApi },
  page: { schema: PAGE_SCHEMA, api: pageApi },
  document: { schema: DOCUMENT_SCHEMA, api: documentApi },
  procedure: { schema: PROCEDURE_SCHEMA, api: procedureApi },
  schedule: { schema: SCHEDULE_SCHEMA, api: scheduleApi },
};

/** The latest return note of an item (`lastNote` is on the item, not in the queue's rows). */
export type ReturnNote = NonNullable<ItemEnvelope['lastNote']>;

/** At most this many returned items get their note fetched (one request each). */
const NOTES_MAX = 10;

/**
 * "Việc của tôi" for the site in `site`: the queue (`GET /sites/:site/queue`) and, by role, the lists the
 * queue does not hold (my submitted items on their way, items with an editor, scheduled, recently published),
 * turned into the role's sections; the note of each returned item.
 */
export function useMyWork(site: Ref<string | null>, actor: Ref<PolicyActor>) {
  const describe = useErrorMessage();
  const sections = ref<WorkSection[]>([]);
  const notes = ref<Record<string, ReturnNote | null>>({});
  const loading = ref(false);
  const error = ref<string | null>(null);
  /** Every item loaded, by id (for the activity's titles). */
  const known = ref<Map<string, ItemSummaryResponse>>(new Map());

  let run = 0;
  async function load(): Promise<void> {
    const slug = site.value;
    // Signed out (the page is on its way to sign-in): there is nothing to load, and no token to load it with.
    if (!slug || actor.value.kind === 'anonymous') return;
    const id = ++run;
    const who = actor.value;
    const sources = workSources(who);
    loading.value = true;
    error.value = null;
    const types = Object.values(DASHBOARD_TYPES);
    const lists = (pick: (schema: ContentTypeSchema) => boolean, query: Parameters<typeof fetchItemList>[2]) =>
      Promise.all(types.filter((x) => pick(x.schema)).map((x) => fetchItemList(x.api.route, slug, query))).then((pages) => pages.flatMap((p) => p.items));
    const none = Promise.resolve<ItemSummaryResponse[]>([]);
    const everyType = () => true;
    try {
      const [queue, submitted, inReview, scheduled, published] = await Promise.all([
        fetchQueue(slug),
        sources.submitted
          ? lists((s) => canCreate(who, s.createPermission), { mine: 1, status: ON_ITS_WAY.join(','), sort: 'updated', order: 'asc', page: 1, pageSize: 50 })
          : none,
        sources.inReview ? lists(everyType, { status: 'in_review', sort: 'updated', order: 'asc', page: 1, pageSize: 100 }) : none,
        sources.scheduled ? lists(everyType, { status: 'scheduled', sort: 'updated', order: 'asc', page: 1, pageSize: 50 }) : none,
        sources.published ? lists(everyType, { status: 'published', sort: 'updated', order: 'desc', page: 1, pageSize: 5 }) : none,
      ]);
      if (id !== run) return;
      const data: WorkData = { queue: queue.items, submitted, inReview, scheduled, published: published.slice(0, 5) };
      sections.value = workSections(who, data);
      known.value = new Map([...queue.items, ...submitted, ...inReview, ...scheduled, ...published].map((i) => [i.id, i]));
      void loadNotes(slug, id);
    } catch (e) {
      if (id === run) error.value = describe(e);
    } finally {
      if (id === run) loading.value = false;
    }
  }

  async function loadNotes(slug: string, id: number): Promise<void> {
    const returned = sections.value.find((s) => s.key === 'returned')?.items.slice(0, NOTES_MAX) ?? [];
    const found: Record<string, ReturnNote | null> = {};
    await Promise.all(
      returned.map(async (item) => {
        const api = (DASHBOARD_TYPES as Record<string, (typeof DASHBOARD_TYPES)[ContentType] | undefined>)[item.type]?.api;
        if (!api) return;
        try {
          found[item.id] = (await api.get(slug, item.id)).lastNote ?? null;
        } catch {
          found[item.id] = null;
        }
      }),
    );
    if (id === run) notes.value = found;
  }

  watch(
    () => [site.value, actor.value.role, [...actor.value.permissions].join()],
    () => void load(),
    { immediate: true },
  );

  return { sections, notes, loading, error, known, reload: load };
}
