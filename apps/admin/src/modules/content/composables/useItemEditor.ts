import { computed, nextTick, ref, watch, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute } from 'vue-router';
import type { ContentTypeSchema } from '@congxa/shared/content';
import type { ItemEnvelope } from '@congxa/shared/dto/content';
import { canOverrideClassification } from '@congxa/shared/workflow';
import { HttpError } from '../../../core/http';
import { useCurrentSite } from '../../../composables/useCurrentSite';
import { useErrorMessage } from '../../../composables/useErrorMessage';
import { useSessionStore } from '../../auth/stores/session';
import type { ItemApi } from '../api';
import { useDirtyForm, type ItemForm, type ItemFormAdapter } from './itemForm';
import { useItemLabels } from './labels';
import { interpretItemError, type ItemProblem } from './transitionErrors';
import { useBackstop, type BackstopDraft } from './useBackstop';
import { useConflict } from './useConflict';
import { useLeaveGuard } from './useLeaveGuard';
import { usePresence } from './usePresence';
import { actionButtons, positionOf, type ActionButton } from './workflowActions';

export type { ItemFormAdapter } from './itemForm';

export interface ItemEditorOptions<R extends ItemEnvelope> {
  api: ItemApi<R, unknown, never>;
  schema: ContentTypeSchema;
  form: ItemFormAdapter<R>;
  /** Prefix of the element ids (`article` → `#article-title`, `#article-notice`). */
  idPrefix: string;
  /** Loads what the form's selects need on the item's site (fields, categories, pages), before it shows. */
  lookups?: (site: string, item: R) => Promise<void>;
  /**
   * Message keys of the type's own rules a field can break (CONTENT_INCOMPLETE `invalid`: a document's
   * number, its dates out of order), by field key; a field without one gets the generic "not valid".
   */
  invalidMessages?: Record<string, string>;
}

export type EditorState = 'loading' | 'ready' | 'notFound' | 'error';

/**
 * The editor of one item, for any content type, on the site of the URL: loads it, saves only what changed,
 * and never loses what was typed — a 409 opens the side-by-side conflict (useConflict), unsaved edits are kept
 * in IndexedDB (useBackstop) and offered back, leaving asks first (useLeaveGuard). It takes workflow steps
 * through the dialog, restores revisions, opens the slip and tells who else has the item open (usePresence).
 */
export function useItemEditor<R extends ItemEnvelope>(options: ItemEditorOptions<R>) {
  const { api, schema, form: adapter, idPrefix } = options;
  const { t } = useI18n();
  const route = useRoute();
  const session = useSessionStore();
  const current = useCurrentSite();
  const describe = useErrorMessage();
  const { stateLabel, actionLabel, typeParams } = useItemLabels();

  const id = computed(() => String(route.params.id));
  const site = ref<string | null>(null);
  const item = ref<R | null>(null) as Ref<R | null>;
  const form = ref<ItemForm | null>(null);
  const state = ref<EditorState>('loading');
  const loadError = ref<string | null>(null);

  const saving = ref(false);
  const savedAt = ref<Date | null>(null);
  const formError = ref<string | null>(null);
  const notice = ref<string | null>(null);
  const problems = ref<Record<string, string>>({});
  const dialogButton = ref<ActionButton | null>(null);
  const preparing = ref(false);
  const slipBusy = ref(false);
  /** A draft kept in this browser that differs from the saved item, offered back. */
  const draft = ref<BackstopDraft | null>(null);

  const { changes, dirty } = useDirtyForm(adapter, item, form);
  const readonly = computed(() => !item.value?.canEdit);
  /** Saving now opens a new edition (the API says so: the live one stays until the new one is approved). */
  const opensEdition = computed(() => !!item.value?.opensEdition);
  const buttons = computed(() => (item.value ? actionButtons(item.value.actions, positionOf(item.value)) : []));
  const canOverride = computed(() => (site.value ? canOverrideClassification(session.policyActor(site.value)) : false));
  const named = computed(() => typeParams(schema));
  const content = computed(() => (form.value ? adapter.content(form.value) : {}));

  const conflict = useConflict<R>(adapter);
  const backstopItem = () =>
    site.value && item.value && session.user ? { user: session.user.id, site: site.value, type: schema.type, id: item.value.id } : null;
  const backstop = useBackstop({
    item: backstopItem,
    revision: () => item.value?.revision ?? null,
    form: () => form.value,
    dirty: () => dirty.value && !readonly.value,
  });
  const presence = usePresence({
    beat: (editing) => api.presence(site.value!, id.value, editing),
    // The item shown, not the route's: on leaving the editor the route has already moved on (no `id`).
    leave: () => api.leave(site.value!, item.value?.id ?? id.value),
    editing: () => dirty.value,
  });
  const guard = useLeaveGuard(() => dirty.value && !readonly.value);

  /** The reason an item came back, was refused or was taken down, while that is still its state. */
  const lastNote = computed(() => {
    const a = item.value;
    const n = a?.lastNote;
    if (!a || !n) return null;
    const isCurrent =
      (n.action === 'return' && a.status === 'returned') ||
      (n.action === 'reject' && a.status === 'rejected') ||
      (n.action === 'unpublish' && (a.status === 'unpublished' || a.liveStatus === 'unpublished'));
    return isCurrent ? { ...n, action: n.action as 'return' | 'reject' | 'unpublish' } : null;
  });

  /** Show `next` as saved; the form follows unless `keep` (the form to show on top of it) is given. */
  function apply(next: R, keep?: ItemForm): void {
    item.value = next;
    form.value = keep ?? adapter.toForm(next);
    problems.value = {};
  }

  function focusById(elementId: string): void {
    void nextTick(() => document.getElementById(elementId)?.focus());
  }

  async function offerDraft(): Promise<void> {
    const found = await backstop.find();
    const saved = item.value;
    if (!found || !saved) return;
    // A draft equal to the saved item is nothing to offer.
    if (Object.keys(adapter.changes(saved, found.form)).length === 0) {
      await backstop.clear();
      return;
    }
    draft.value = found;
  }

  async function load(): Promise<void> {
    presence.stop();
    backstop.stop();
    state.value = 'loading';
    loadError.value = null;
    formError.value = null;
    notice.value = null;
    draft.value = null;
    conflict.close();
    const slug = current.slug.value;
    if (!slug) {
      state.value = 'notFound';
      return;
    }
    try {
      const found = await api.get(slug, id.value);
      // The selects need their options before they can show the saved choice.
      await options.lookups?.(slug, found);
      site.value = slug;
      apply(found);
      state.value = 'ready';
    } catch (error) {
      if (error instanceof HttpError && error.status === 404) state.value = 'notFound';
      else {
        state.value = 'error';
        loadError.value = describe(error);
      }
      return;
    }
    presence.start();
    if (item.value?.canEdit) {
      backstop.start();
      await offerDraft();
    }
  }
  watch([id, current.slug], () => void load(), { immediate: true });

  // A field problem goes away as soon as the field is changed.
  watch(
    form,
    (now) => {
      if (!now || !item.value) return;
      const base = adapter.toForm(item.value);
      for (const key of Object.keys(problems.value)) if (now[key] !== base[key]) delete problems.value[key];
    },
    { deep: true },
  );

  async function openConflict(currentItem: R | null): Promise<void> {
    const mine = form.value;
    const base = item.value;
    if (!mine || !base || !site.value) return;
    let theirs = currentItem;
    if (!theirs) {
      try {
        theirs = await api.get(site.value, id.value);
      } catch (error) {
        formError.value = describe(error);
        return;
      }
    }
    formError.value = null;
    conflict.open({ base, mine, current: theirs });
    focusById(`${idPrefix}-conflict`);
  }

  const invalidMessage = (key: string): string => {
    const own = options.invalidMessages?.[key];
    return own ? t(own) : t('items.editor.invalid');
  };

  function showProblem(problem: ItemProblem<R>, message: string, error?: unknown): void {
    notice.value = null;
    switch (problem.kind) {
      case 'conflict':
        void openConflict(problem.current);
        return;
      case 'fields': {
        const next: Record<string, string> = {};
        // CONTENT_INCOMPLETE names what is missing and what breaks a rule apart (`missing`, `invalid`).
        const details = error instanceof HttpError && error.code === 'CONTENT_INCOMPLETE' ? (error.details as { invalid?: unknown } | undefined) : undefined;
        const invalid = new Set(Array.isArray(details?.invalid) ? details.invalid.filter((k): k is string => typeof k === 'string') : []);
        for (const apiField of problem.fields) {
          const key = adapter.formKeyOf(apiField);
          if (key)
            next[key] =
              (error instanceof HttpError && error.fieldMessage(apiField)) || (invalid.has(apiField) ? invalidMessage(apiField) : t('items.editor.missing'));
        }
        problems.value = next;
        formError.value = `${message} ${t('items.editor.fixFields')}`;
        const firstKey = Object.keys(next)[0];
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
      // What was typed stays on screen: only the baseline moves.
      const next = await api.get(site.value, id.value);
      apply(next, dirty.value && form.value ? form.value : undefined);
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
    notice.value = null;
    try {
      const saved = await api.update(site.value, a.id, { ...body, revision: a.revision } as never);
      apply(saved);
      // Saved on the server: the local copy is no longer needed.
      void backstop.clear();
      conflict.close();
      draft.value = null;
      savedAt.value = new Date();
      return true;
    } catch (error) {
      showProblem(interpretItemError<R>(error), describe(error), error);
      return false;
    } finally {
      saving.value = false;
    }
  }

  /** Conflict: put `next` on screen on top of the current revision and save it with that revision number. */
  async function resolveConflict(choice: 'mine' | 'theirs' | 'mixed'): Promise<void> {
    const theirs = conflict.current.value;
    if (!theirs) return;
    const next = choice === 'mine' ? conflict.keepMine() : choice === 'theirs' ? conflict.takeTheirs() : conflict.merged();
    apply(theirs, next);
    conflict.close();
    if (choice === 'theirs') {
      await backstop.clear();
      notice.value = t('recovery.conflict.tookTheirs', { revision: theirs.revision });
      focusById(`${idPrefix}-notice`);
      return;
    }
    if (await save()) {
      notice.value = t('recovery.conflict.savedMine', { revision: item.value?.revision ?? '' });
      focusById(`${idPrefix}-notice`);
    }
  }

  /** The kept draft back in the form (on its own revision: directly; on an older one: through the conflict view). */
  function restoreDraft(): void {
    const d = draft.value;
    const saved = item.value;
    draft.value = null;
    if (!d || !saved) return;
    if (d.baseRevision === saved.revision) {
      form.value = { ...adapter.toForm(saved), ...d.form };
      focusById(`${idPrefix}-title`);
    } else {
      conflict.open({ base: null, mine: { ...adapter.toForm(saved), ...d.form }, current: saved });
      form.value = { ...adapter.toForm(saved), ...d.form };
      focusById(`${idPrefix}-conflict`);
    }
  }

  async function discardDraft(): Promise<void> {
    draft.value = null;
    await backstop.clear();
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
    void backstop.clear();
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

  /** Leave-guard dialog: save, then go where the user was going. */
  async function saveAndLeave(): Promise<void> {
    if (await save()) guard.leave();
    else guard.stay();
  }

  return {
    id,
    site,
    item,
    form,
    content,
    state,
    loadError,
    saving,
    savedAt,
    formError,
    notice,
    problems,
    dialogButton,
    preparing,
    slipBusy,
    changes,
    dirty,
    readonly,
    opensEdition,
    buttons,
    canOverride,
    lastNote,
    conflict,
    draft,
    others: presence.others,
    leaving: guard.asking,
    /** A field's problem, as the API named it. */
    err: (key: string): string | undefined => problems.value[key],
    load,
    save,
    showProblem,
    resolveConflict,
    restoreDraft,
    discardDraft,
    startAction,
    onDone,
    onDialogProblem,
    onDialogClose,
    onRestored,
    openSlip,
    onKeydown,
    leave: guard.leave,
    stay: guard.stay,
    saveAndLeave,
  };
}
