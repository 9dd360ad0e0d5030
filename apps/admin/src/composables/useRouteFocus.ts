import { nextTick } from 'vue';
import { useRouter } from 'vue-router';

/**
 * After an in-app navigation, move focus to the main content so screen readers and keyboard users start
 * at the new page (not on the link they followed). The first page load keeps the browser's own focus.
 * The scroll is the router's (scrollBehavior: the top of a new screen), not the focus's.
 */
export function useRouteFocus(targetId = 'main'): void {
  useRouter().afterEach((_to, from, failure) => {
    if (!failure && from.matched.length > 0) void nextTick(() => document.getElementById(targetId)?.focus({ preventScroll: true }));
  });
}
