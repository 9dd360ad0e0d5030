import { onBeforeUnmount, onMounted, ref } from 'vue';
import { onBeforeRouteLeave } from 'vue-router';

/**
 * A warning before leaving with unsaved changes: the browser's own prompt when the tab is closed or
 * reloaded (`beforeunload`), and, inside the app, a question the page shows (a dialog) while the router waits
 * for the answer.
 */
export function useLeaveGuard(dirty: () => boolean) {
  const asking = ref(false);
  let answer: ((leave: boolean) => void) | null = null;

  onBeforeRouteLeave(() => {
    if (!dirty()) return true;
    asking.value = true;
    return new Promise<boolean>((resolve) => {
      answer = resolve;
    });
  });

  function decide(leave: boolean): void {
    asking.value = false;
    const resolve = answer;
    answer = null;
    resolve?.(leave);
  }

  function onBeforeUnload(event: BeforeUnloadEvent): void {
    if (!dirty()) return;
    event.preventDefault();
  }
  onMounted(() => window.addEventListener('beforeunload', onBeforeUnload));
  onBeforeUnmount(() => {
    window.removeEventListener('beforeunload', onBeforeUnload);
    decide(false);
  });

  return {
    asking,
    /** Leave (the changes are dropped, or were just saved). */
    leave: () => decide(true),
    /** Stay on the page. */
    stay: () => decide(false),
  };
}
