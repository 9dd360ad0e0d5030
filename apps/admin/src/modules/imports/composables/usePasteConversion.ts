import { nextTick, shallowRef } from 'vue';
import { decidePaste, type PasteDecision } from './pasteDecision';
import { insertAt, pasteTargetOf, type PasteTarget } from './pasteTarget';

export type PasteOffer = Extract<PasteDecision, { kind: 'offer' }>;

export interface PendingPaste {
  offer: PasteOffer;
  target: PasteTarget;
}

/**
 * The editor's paste hook. Put `onPaste` on a form (paste events bubble from its fields and from the
 * rich-text area): a paste whose plain text reads as TCVN3 or VNI is held, and `pending` describes the
 * offer for a dialog; `accept()` inserts the Unicode text, `keep()` the text as pasted. Every other paste
 * goes through untouched.
 */
export function usePasteConversion(decide: (text: string) => PasteDecision = decidePaste) {
  const pending = shallowRef<PendingPaste | null>(null);

  function onPaste(event: ClipboardEvent): void {
    if (pending.value || event.defaultPrevented) return;
    const target = pasteTargetOf(event.target);
    if (!target) return;
    const text = (event.clipboardData?.getData('text/plain') ?? '').replace(/\r\n?/g, '\n');
    const decision = decide(text);
    if (decision.kind !== 'offer') return;
    event.preventDefault();
    pending.value = { offer: decision, target };
  }

  async function finish(choose: (offer: PasteOffer) => string): Promise<void> {
    const current = pending.value;
    if (!current) return;
    pending.value = null;
    // Let the dialog close (and hand focus back) before typing into the field.
    await nextTick();
    insertAt(current.target, choose(current.offer));
  }

  return {
    pending,
    onPaste,
    accept: () => finish((offer) => offer.after),
    keep: () => finish((offer) => offer.before),
  };
}
