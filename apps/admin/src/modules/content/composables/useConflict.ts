import { computed, ref, shallowRef, type Ref } from 'vue';
import type { ItemEnvelope } from '@congxa/shared/dto/content';
import type { FormValue, ItemForm, ItemFormAdapter } from './itemForm';

/**
 * A save refused because someone saved in between (409 REVISION_CONFLICT): the user's version and the current
 * one side by side, field by field, until the user chooses. Nothing is thrown away before that:
 * - keep mine: my changes (what I changed since the revision I started from) on top of the current revision;
 * - take theirs: the current revision as it is;
 * - field by field: "use mine" / "use theirs" for each field that differs, then save the mix.
 * The result is a form whose baseline is the current item, so the next save carries the current revision.
 */

export type ConflictSide = 'mine' | 'theirs';

export interface ConflictRow {
  key: string;
  mine: FormValue;
  theirs: FormValue;
  /** I changed this field since the revision I started from. */
  changedByMe: boolean;
  /** They changed it since then. */
  changedByThem: boolean;
  choice: ConflictSide;
}

export interface ConflictOpen<R extends ItemEnvelope> {
  /** What the user's form was based on; null when unknown (a draft kept from an older revision). */
  base: R | null;
  mine: ItemForm;
  current: R;
}

const same = (a: FormValue | undefined, b: FormValue | undefined) =>
  Array.isArray(a) || Array.isArray(b) ? JSON.stringify(a ?? []) === JSON.stringify(b ?? []) : (a ?? '') === (b ?? '');

export function useConflict<R extends ItemEnvelope>(adapter: Pick<ItemFormAdapter<R>, 'toForm'>) {
  const state = shallowRef<{ base: ItemForm | null; mine: ItemForm; current: R; theirs: ItemForm } | null>(null) as Ref<{
    base: ItemForm | null;
    mine: ItemForm;
    current: R;
    theirs: ItemForm;
  } | null>;
  const choices = ref<Record<string, ConflictSide>>({});

  const rows = computed<ConflictRow[]>(() => {
    const s = state.value;
    if (!s) return [];
    const keys = [...new Set([...Object.keys(s.theirs), ...Object.keys(s.mine)])];
    return keys
      .filter((key) => !same(s.mine[key], s.theirs[key]))
      .map((key) => {
        const changedByMe = s.base ? !same(s.mine[key], s.base[key]) : true;
        const changedByThem = s.base ? !same(s.theirs[key], s.base[key]) : true;
        const choice = choices.value[key] ?? (changedByMe ? 'mine' : 'theirs');
        return { key, mine: s.mine[key] ?? '', theirs: s.theirs[key] ?? '', changedByMe, changedByThem, choice };
      });
  });

  function open(input: ConflictOpen<R>): void {
    choices.value = {};
    state.value = {
      base: input.base ? adapter.toForm(input.base) : null,
      mine: { ...input.mine },
      current: input.current,
      theirs: adapter.toForm(input.current),
    };
  }

  function choose(key: string, side: ConflictSide): void {
    choices.value = { ...choices.value, [key]: side };
  }

  /** The form with each differing field as chosen (by default: mine where I changed it, theirs elsewhere). */
  function merged(): ItemForm {
    const s = state.value;
    if (!s) throw new Error('no conflict open');
    const out: ItemForm = { ...s.theirs };
    for (const row of rows.value) if (row.choice === 'mine') out[row.key] = row.mine;
    return out;
  }

  /** My changes on top of the current revision (fields only they changed keep their change). */
  function keepMine(): ItemForm {
    const s = state.value;
    if (!s) throw new Error('no conflict open');
    const out: ItemForm = { ...s.theirs };
    for (const row of rows.value) if (row.changedByMe) out[row.key] = row.mine;
    return out;
  }

  /** The current revision as it is. */
  function takeTheirs(): ItemForm {
    const s = state.value;
    if (!s) throw new Error('no conflict open');
    return { ...s.theirs };
  }

  function close(): void {
    state.value = null;
    choices.value = {};
  }

  return {
    open,
    close,
    choose,
    merged,
    keepMine,
    takeTheirs,
    rows,
    isOpen: computed(() => state.value !== null),
    current: computed(() => state.value?.current ?? null),
    mine: computed(() => state.value?.mine ?? null),
  };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The text of an HTML body as a reader would copy it: paragraphs, headings, list items and line breaks on
 * their own lines, tags dropped, entities decoded. For the side-by-side view (selectable, copyable).
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li[^>]*>/gi, '• ')
    .replace(/<\/(p|h[1-6]|li|blockquote|tr|div|figcaption)>/gi, '\n')
    .replace(/<img\b[^>]*\balt="([^"]*)"[^>]*>/gi, '[$1]')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
