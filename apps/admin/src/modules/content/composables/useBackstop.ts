import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { onBeforeUnmount, shallowRef } from 'vue';
import type { ItemForm } from './itemForm';

/**
 * The local backstop: what is typed in an editor is kept in this browser's IndexedDB every few seconds and
 * when the tab is hidden or closed, so a closed tab, a crash or a dropped connection loses nothing. A
 * draft is keyed by user + site + type + item + the revision it was based on, offered back when the item is
 * opened again, and cleared after a successful save.
 */

export interface BackstopDraft {
  /** `user|site|type|id|revision`. */
  key: string;
  /** `user|site|type|id|`: every draft of one item for one person. */
  item: string;
  baseRevision: number;
  form: ItemForm;
  /** When it was kept (ISO). */
  savedAt: string;
}

interface BackstopDb extends DBSchema {
  drafts: { key: string; value: BackstopDraft; indexes: { item: string } };
}

const DB_NAME = 'congxa-backstop';
let db: Promise<IDBPDatabase<BackstopDb>> | null = null;

function database(): Promise<IDBPDatabase<BackstopDb>> {
  db ??= openDB<BackstopDb>(DB_NAME, 1, {
    upgrade(store) {
      store.createObjectStore('drafts', { keyPath: 'key' }).createIndex('item', 'item');
    },
  });
  return db;
}

/** For tests: forget the open connection (a fresh fake IndexedDB per test). */
export function resetBackstopConnection(): void {
  db = null;
}

export interface BackstopItem {
  user: string;
  site: string;
  type: string;
  id: string;
}

export const backstopItemKey = (i: BackstopItem): string => [i.user, i.site, i.type, i.id, ''].map((p) => p.replace(/\|/g, '%7C')).join('|');
export const backstopKey = (i: BackstopItem, revision: number): string => `${backstopItemKey(i)}${revision}`;

/** Keep a draft (replacing the one of the same item and base revision). */
export async function keepDraft(item: BackstopItem, baseRevision: number, form: ItemForm, now = new Date()): Promise<void> {
  const store = await database();
  const prefix = backstopItemKey(item);
  await store.put('drafts', {
    key: `${prefix}${baseRevision}`,
    item: prefix,
    baseRevision,
    form: JSON.parse(JSON.stringify(form)) as ItemForm,
    savedAt: now.toISOString(),
  });
}

/** The latest draft of the item for this person, whatever revision it was based on. */
export async function latestDraft(item: BackstopItem): Promise<BackstopDraft | null> {
  const store = await database();
  const all = await store.getAllFromIndex('drafts', 'item', backstopItemKey(item));
  return all.sort((a, b) => b.savedAt.localeCompare(a.savedAt))[0] ?? null;
}

/** Forget every draft of the item for this person (after a save, or when the user says "Bỏ"). */
export async function clearDrafts(item: BackstopItem): Promise<void> {
  const store = await database();
  const tx = store.transaction('drafts', 'readwrite');
  const keys = await tx.store.index('item').getAllKeys(backstopItemKey(item));
  await Promise.all([...keys.map((k) => tx.store.delete(k)), tx.done]);
}

export interface BackstopOptions {
  /** The item being edited (null while loading or without a user). */
  item: () => BackstopItem | null;
  /** The revision the form is based on. */
  revision: () => number | null;
  form: () => ItemForm | null;
  dirty: () => boolean;
  intervalMs?: number;
}

/**
 * Keeps the form while it is dirty: every `intervalMs` (5 s), and at once when the tab is hidden or the page
 * goes away (`visibilitychange`, `pagehide`). Failures (private mode, a full disk) are silent: the backstop
 * is a safety net, never in the way.
 */
export function useBackstop(options: BackstopOptions) {
  const lastKept = shallowRef<Date | null>(null);
  let timer: ReturnType<typeof setInterval> | null = null;
  let lastJson = '';

  async function flush(): Promise<void> {
    const item = options.item();
    const revision = options.revision();
    const form = options.form();
    if (!item || revision === null || !form || !options.dirty()) return;
    const json = JSON.stringify(form);
    if (json === lastJson) return;
    try {
      const now = new Date();
      await keepDraft(item, revision, form, now);
      lastJson = json;
      lastKept.value = now;
    } catch {
      // No IndexedDB here: nothing to do.
    }
  }

  async function clear(): Promise<void> {
    const item = options.item();
    lastJson = '';
    if (!item) return;
    try {
      await clearDrafts(item);
    } catch {
      // As above.
    }
  }

  async function find(): Promise<BackstopDraft | null> {
    const item = options.item();
    if (!item) return null;
    try {
      return await latestDraft(item);
    } catch {
      return null;
    }
  }

  const onHidden = () => {
    if (document.visibilityState === 'hidden') void flush();
  };
  const onPageHide = () => void flush();

  function start(): void {
    if (timer) return;
    timer = setInterval(() => void flush(), options.intervalMs ?? 5000);
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
  }

  function stop(): void {
    if (timer) clearInterval(timer);
    timer = null;
    document.removeEventListener('visibilitychange', onHidden);
    window.removeEventListener('pagehide', onPageHide);
  }

  onBeforeUnmount(stop);
  return { start, stop, flush, clear, find, lastKept };
}
