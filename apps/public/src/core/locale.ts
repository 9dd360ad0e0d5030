import { computed, type ComputedRef } from 'vue';
import { useRoute } from 'vue-router';
import { messages, type MessageKey } from '../messages';

export type Locale = 'vi' | 'en';

/** `/en/...` shows the portal's structure in English; everything else is Vietnamese. */
export function localeOf(path: string): Locale {
  return path === '/en' || path.startsWith('/en/') ? 'en' : 'vi';
}

/** A path of the portal in the locale (`/tim-kiem` → `/en/tim-kiem`). */
export function localePath(locale: Locale, path: string): string {
  if (locale === 'vi') return path;
  return path === '/' ? '/en' : `/en${path}`;
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translate(locale: Locale): Translate {
  return (key, params) => {
    const text = messages[locale][key];
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
  };
}

/** The current route's language, its strings and its link builder. */
export function useLocale(): { locale: ComputedRef<Locale>; t: Translate; to: (path: string) => string } {
  const route = useRoute();
  const locale = computed(() => localeOf(route.path));
  const t: Translate = (key, params) => translate(locale.value)(key, params);
  return { locale, t, to: (path) => localePath(locale.value, path) };
}
