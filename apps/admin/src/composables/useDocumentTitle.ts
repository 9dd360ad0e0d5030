import { watchEffect } from 'vue';

/** Keeps document.title as "<page> · <app>" (or the app name alone), following language switches. */
export function useDocumentTitle(page: () => string | null, app: () => string): void {
  watchEffect(() => {
    const title = page();
    document.title = title ? `${title} · ${app()}` : app();
  });
}
