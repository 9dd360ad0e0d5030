import { shallowRef, type ShallowRef } from 'vue';
import type { PublicSiteResponse } from '@congxa/shared/dto/sites';
import { fetchSite } from '../api';

const site = shallowRef<PublicSiteResponse | null>(null);
let loading: Promise<void> | null = null;

/** Loads the site once per page load; the header and titles read it from here. */
export function loadSite(): Promise<void> {
  loading ??= fetchSite()
    .then((value) => {
      site.value = value;
    })
    .catch(() => {
      // Unknown host or API down: the header falls back to a generic title.
      site.value = null;
    });
  return loading;
}

export function useSite(): { site: ShallowRef<PublicSiteResponse | null> } {
  return { site };
}
