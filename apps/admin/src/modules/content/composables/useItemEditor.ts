import { computed, nextTick, onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { onBeforeRouteLeave, useRoute } from 'vue-router';
import type { ContentTypeSchema } from '@congxa/shared/content';
import type { SiteRef } from '@congxa/shared/dto/auth';
import type { ItemEnvelope } from '@congxa/shared/dto/content';
import { canOverrideClassification } from '@congxa/shared/workflow';
import { HttpError } from '../../../core/http';
import { useErrorMessage } from '../../../composables/useErrorMessage';
import { useSessionStore } from '../../auth/stores/session';
import type { ItemApi } from '../api';
import { contentSites, pickSite, rememberSite } from './itemSite';
import { useItemLabels } from './labels';
import { interpretItemError, type ItemProblem } from './transitionErrors';
import { actionButtons, positionOf, type ActionButton } from './workflowActions';

/** How one type's editor form maps to its item response and back. */
export interface ItemFormAdapter<R extends ItemEnvelope, Form extends object, Changes extends object> {
  toForm(item: R): Form;
  /** What a save sends besides the revision: only the fields that changed. */
  changes(item: R, form: Form): Changes;
  /** The API's name of a field (in `details.missing`, VALIDATION_FAILED) → the form input it is about. */
  formKeyOf(apiField: string): (keyof Form & string) | null;
}

export interface ItemEditorOptions<R extends ItemEnvelope, Form extends object, Changes extends object> {
  api: ItemApi<R, unknown, Changes & { revision: number }>;
  schema: ContentTypeSchema;
  form: ItemFormAdapter<R, Form, Changes>;
  /** Prefix of the element ids (`article` → `#article-title`, `#article-notice`). */
  idPrefix: string;
  /** Loads what the form's selects need on the item's site (fields, categories, pages), before it shows. */
  lookups?: (site: string, item: R) => Promise<void>;
}

export type EditorState = 'loading' | 'ready' | 'notFound' | 'error';

/**
 * The editor of one item, for any content type: finds the item's site, loads it, saves only what changed
 * (409 on a stale revision keeps the user's text and offers the current version), takes workflow steps
 * through the dialog, restores revisions, opens the slip, and guards unsaved changes. The page supplies
 * the form's template.
 */
export function useItemEditor<R extends ItemEnvelope, Form extends object, Changes extends object>(options: ItemEditorOptions<R, Form, Changes>) {
  type Key = keyof Form & string;
  const { api, schema, form: adapter, idPrefix } = options;
  const { t } = useI18n();
  const route = useRoute();
  const session = useSessionStore();
  const describe = useErrorMessage();
  const { stateLabel, actionLabel, typeParams } = useItemLabels();

  const id = computed(() => String(route.params.id));
  const site = ref<string | null>(null);
  const item = ref<R | null>(null) as Ref<R | null>;
  const form = ref<Form | null>(null) as Ref<Form | null>;
  const state = ref<EditorState>('loading');
  const loadError = ref<string | null>(null);

  const saving = ref(false);
  const savedAt = ref<Date | null>(null);
  const formError = ref<string | null>(null);
  const notice = ref<string | null>(null);
  const conflict = ref<{ current: R | null } | null>(null) as Ref<{ current: R | null } | null>;
  const problems = ref<Partial<Record<Key, string>>>({}) as Ref<Partial<Record<Key, string>>>;
  const dialogButton = ref<ActionButton | null>(null);
  const preparing = ref(false);
  const slipBusy = ref(false);

  const changes = computed(() => (item.value && form.value ? adapter.changes(item.value, form.value) : null));
  const dirty = computed(() => !!changes.value && Object.keys(changes.value).length > 0);
  const readonly = computed(() => !item.value?.canEdit);
  /** Saving now opens a new edition (the API says so: the live one stays until the new one is approved). */
  const opensEdition = computed(() => !!item.value?.opensEdition);
  const buttons = computed(() => (item.value ? actionButtons(item.value.actions, positionOf(item.value)) : []));
  const canOverride = computed(() => (site.value ? canOverrideClassification(session.policyActor(site.value)) : false));
  const named = computed(() => typeParams(schema));

  /** The reason an item came back, was refused or was taken down, while that is still its state. */
  const lastNote = computed(() => {
    const a = item.value;
    const n = a?.lastNote;
    if (!a || !n) return null;
    const current =
      (n.action === 'return' && a.status === 'returned') ||
      (n.action === 'reject' && a.status === 'rejected') ||
      (n.action === 'unpublish' && (a.status === 'unpublished' || a.liveStatus === 'unpublished'));
    return current ? { ...n, action: n.action as 'return' | 'reject' | 'unpublish' } : null;
  });

  function apply(next: R): void {
    item.value = next;
    form.value = adapter.toForm(next);
    problems.value = {};
  }

  function focusById(elementId: string): void {
    void nextTick(() => document.getElementById(elementId)?.focus());
  }

  async function load(): Promise<void> {
    state.value = 'loading';
    loadError.value = null;
    formError.value = null;
    notice.value = null;
    conflict.value = null;
    const sites = contentSites(session.memberships);
    const wanted = Array.isArray(route.query.site) ? route.query.site[0] : route.query.site;
    const first = pickSite(sites, typeof wanted === 'string' ? wanted : null);
    // The link may come from a notification or an e-mail without the site: try the others on 404.
    const order: SiteRef[] = first ? [first, ...sites.filter((s) => s.id !== first.id)] : [];
    for (const candidate of order) {
      try {
        const found = await api.get(candidate.slug, id.value);
        // The selects need their options before they can show the saved choice.
        await options.lookups?.(candidate.slug, found);
        site.value = candidate.slug;
        rememberSite(candidate.slug);
        apply(found);
        state.value = 'ready';
        return;
      } catch (error) {
        if (error instanceof HttpError && error.status === 404) continue;
        state.value = 'error';
        loadError.value = describe(error);
        return;
      }
    }
    state.value = 'notFound';
  }
  watch(id, () => void load(), { immediate: true });

  // A field problem goes away as soon as the field is changed.
  watch(
    form,
    (now) => {
      if (!now || !item.value) return;
      const base = adapter.toForm(item.value);
      for (const key of Object.keys(problems.value) as Key[]) {
        if (now[key] !== base[key]) delete problems.value[key];
      }
    },
    { deep: true },
  );

  function showProblem(problem: ItemProblem<R>, message: string, error?: unknown): void {
    notice.value = null;
    switch (problem.kind) {
      case 'conflict':
        formError.value = null;
        conflict.value = { current: problem.current };
        focusById(`${idPrefix}-conflict`);
        return;
      case 'fields': {
        const next: Partial<Record<Key, string>> = {};
        for (const apiField of problem.fields) {
          const key = adapter.formKeyOf(apiField);
          if (key) next[key] = (error instanceof HttpError && error.fieldMessage(apiField)) || t('items.editor.missing');
        }
        problems.value = next;
        formError.value = `${message} ${t('items.editor.fixFields')}`;
        const firstKey = (Object.keys(next) as Key[])[0];
        focusById(firstKey ? `${idPrefix}-${firstKey}` : `${idPrefix}-error`);
        return;
      }
      case 'stale':
        formError.value = message;
        void reloadQuietly();
        return;
      default:
        formError.value = message;
        focusById(`${idPrefix}-error`);
    }
  }

  async function reloadQuietly(): Promise<void> {
    if (!site.value) return;
    try {
      apply(await api.get(site.value, id.value));
      notice.value = t('workflow.stale', named.value);
    } catch (error) {
      formError.value = describe(error);
    }
  }

  async function save(): Promise<boolean> {
    const a = item.value;
    if (!a || !form.value || !site.value || readonly.value) return false;
    const body = adapter.changes(a, form.value);
    if (Object.keys(body).length === 0) return true;
    saving.value = true;
    formError.value = null;
    conflict.value = null;
    notice.value = null;
    try {
      apply(await api.update(site.value, a.id, { ...body, revision: a.revision }));
      savedAt.value = new Date();
      return true;
    } catch (error) {
      showProblem(interpretItemError<R>(error), describe(error), error);
      return false;
    } finally {
      saving.value = false;
    }
  }

  async function reloadCurrent(): Promise<void> {
    const current = conflict.value?.current;
    conflict.value = null;
    if (current) apply(current);
    else if (site.value) apply(await api.get(site.value, id.value));
    savedAt.value = null;
    focusById(`${idPrefix}-title`);
  }

  async function startAction(button: ActionButton): Promise<void> {
    formError.value = null;
    notice.value = null;
    if (dirty.value && !readonly.value) {
      // The step acts on the saved revision: save what is on screen first.
      preparing.value = true;
      const ok = await save();
      preparing.value = false;
      if (!ok) return;
    }
    dialogButton.value = button;
  }

  function onDone(result: R): void {
    const action = dialogButton.value?.action;
    dialogButton.value = null;
    apply(result);
    notice.value = t('workflow.done', { action: action ? actionLabel(action) : '', status: stateLabel(result.status) });
    focusById(`${idPrefix}-notice`);
  }

  function onDialogProblem(problem: ItemProblem<R>, message: string): void {
    dialogButton.value = null;
    showProblem(problem, message);
  }

  function onDialogClose(): void {
    const action = dialogButton.value?.action;
    dialogButton.value = null;
    if (action) focusById(`action-${action}`);
  }

  function onRestored(result: R, number: number): void {
    apply(result);
    savedAt.value = new Date();
    notice.value = t('items.history.restored', { number, revision: result.revision });
    focusById(`${idPrefix}-notice`);
  }

  async function openSlip(): Promise<void> {
    if (!site.value || !item.value) return;
    // Open the tab now, inside the click, so no pop-up blocker stops it; fill it when the PDF is here.
    const tab = window.open('', '_blank');
    slipBusy.value = true;
    try {
      const url = URL.createObjectURL(await api.slip(site.value, item.value.id));
      if (tab) tab.location.href = url;
      else window.location.assign(url);
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      tab?.close();
      formError.value = describe(error);
      focusById(`${idPrefix}-error`);
    } finally {
      slipBusy.value = false;
    }
  }

  function onKeydown(event: KeyboardEvent): void {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void save();
    }
  }

  onBeforeRouteLeave(() => (dirty.value && !window.confirm(t('items.editor.leaveConfirm')) ? false : true));
  function onBeforeUnload(event: BeforeUnloadEvent): void {
    if (dirty.value) event.preventDefault();
  }
  onMounted(() => window.addEventListener('beforeunload', onBeforeUnload));
  onBeforeUnmount(() => window.removeEventListener('beforeunload', onBeforeUnload));

  /** The list's query: the site, when the user has several. */
  const siteQuery = computed<{ site?: string }>(() => (contentSites(session.memberships).length > 1 && site.value ? { site: site.value } : {}));

  return {
    id,
    site,
    item,
    form,
    state,
    loadError,
    saving,
    savedAt,
    formError,
    notice,
    conflict,
    problems,
    dialogButton,
    preparing,
    slipBusy,
    dirty,
    readonly,
    opensEdition,
    buttons,
    canOverride,
    lastNote,
    siteQuery,
    /** A field's problem, as the API named it. */
    err: (key: Key) => problems.value[key],
    load,
    save,
    showProblem,
    reloadCurrent,
    startAction,
    onDone,
    onDialogProblem,
    onDialogClose,
    onRestored,
    openSlip,
    onKeydown,
  };
}
