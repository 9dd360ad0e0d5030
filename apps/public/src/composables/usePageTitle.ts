import { watchEffect } from 'vue';
import { t } from '../messages';
import { useSite } from '../modules/site/composables/useSite';

/** Keeps document.title as "<page> – <site name>" (or the site name alone on the home page). */
export function usePageTitle(page: () => string | null): void {
  const { site } = useSite();
  watchEffect(() => {
    const siteName = site.value?.name ?? t('portal');
    const title = page();
    document.title = title ? `${title} – ${siteName}` : siteName;
  });
}
