import { onBeforeUnmount, ref } from 'vue';
import type { PresenceEntry, PresenceResponse } from '@congxa/shared/dto/content';
import { HttpError } from '../../../core/http';

export interface PresenceOptions {
  beat: (editing: boolean) => Promise<PresenceResponse>;
  leave: () => Promise<void>;
  /** Sent with each beat: the form has unsaved changes. */
  editing: () => boolean;
  intervalMs?: number;
}

/**
 * "Who else is here": a heartbeat every 10 s while the editor is open, answering the others who have the
 * item open; a last "I left" when the editor closes. An API without the endpoint (404, 405, 501) turns it
 * off quietly; other failures keep the last answer and try again at the next beat.
 */
export function usePresence(options: PresenceOptions) {
  const others = ref<PresenceEntry[]>([]);
  const active = ref(false);
  let timer: ReturnType<typeof setInterval> | null = null;
  let beatCount = 0;

  async function beat(): Promise<void> {
    if (!active.value) return;
    beatCount += 1;
    try {
      const answer = await options.beat(options.editing());
      if (active.value) others.value = answer.others;
    } catch (error) {
      if (error instanceof HttpError && [404, 405, 501].includes(error.status)) {
        off();
        others.value = [];
      }
    }
  }

  function off(): void {
    active.value = false;
    if (timer) clearInterval(timer);
    timer = null;
  }

  function start(): void {
    if (active.value) return;
    active.value = true;
    beatCount = 0;
    void beat();
    timer = setInterval(() => void beat(), options.intervalMs ?? 10_000);
  }

  /** Stop beating and say so (only when the endpoint answered at all). */
  function stop(): void {
    const wasOn = active.value && beatCount > 0;
    off();
    others.value = [];
    if (wasOn) options.leave().catch(() => undefined);
  }

  onBeforeUnmount(stop);
  return { others, active, start, stop, beat };
}
