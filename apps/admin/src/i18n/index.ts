import { createI18n } from 'vue-i18n';
import { compileMessage } from './compile';
import { en } from './en';
import { vi, type MessageSchema } from './vi';

declare module 'vue-i18n' {
  // Typed keys for t() everywhere.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends MessageSchema {}
}

export const SUPPORTED_LOCALES = ['vi', 'en'] as const;
export type AppLocale = (typeof SUPPORTED_LOCALES)[number];

const STORAGE_KEY = 'congxa.admin.locale';

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

function savedLocale(): AppLocale {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isAppLocale(saved) ? saved : 'vi';
  } catch {
    return 'vi';
  }
}

export function createAppI18n(locale: AppLocale = savedLocale()) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'vi',
    messages: { vi, en },
    // The runtime-only build (vite.config.ts) has no compiler of its own.
    messageCompiler: compileMessage,
  });
}

export const i18n = createAppI18n();

/** The UI language now in use. */
export function currentLocale(): AppLocale {
  const locale = i18n.global.locale.value;
  return isAppLocale(locale) ? locale : 'vi';
}

/** Switches the UI language, remembers it, and keeps <html lang> right for screen readers. */
export function setLocale(locale: AppLocale): void {
  i18n.global.locale.value = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode: the choice simply is not remembered.
  }
}
