/**
 * Where a paste was going, remembered while the conversion dialog is open, so the chosen text can be
 * put exactly there afterwards: a text field with its selection, a rich-text editor that registered
 * itself (`registerPasteHost`: it remembers its own selection and inserts through its own model), or
 * any other editable area with its range.
 */
export type PasteTarget =
  | { kind: 'field'; element: HTMLInputElement | HTMLTextAreaElement; start: number; end: number }
  | { kind: 'editor'; element: HTMLElement; insert: (text: string) => void }
  | { kind: 'rich'; element: HTMLElement; range: Range | null };

/** Given at paste time: remembers where the text goes and returns the function that puts it there. */
export type PasteHostCapture = () => (text: string) => void;

const hosts = new WeakMap<HTMLElement, PasteHostCapture>();

/**
 * A rich-text editor (the TipTap editor) registers its editable element: a held paste is then inserted
 * through the editor (its undo history and model follow) instead of the browser's editing commands,
 * which an editor that owns its DOM does not read reliably. Returns the function that unregisters it.
 */
export function registerPasteHost(element: HTMLElement, capture: PasteHostCapture): () => void {
  hosts.set(element, capture);
  return () => {
    if (hosts.get(element) === capture) hosts.delete(element);
  };
}

/** Input types whose text a person may paste an old document's words into. */
const TEXT_INPUTS = new Set(['text', 'search', '']);

/** The editable field an event target belongs to, or null (read-only, disabled, not text). */
export function pasteTargetOf(target: EventTarget | null, selection: Selection | null = document.getSelection()): PasteTarget | null {
  if (target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type))) {
    if (target.readOnly || target.disabled) return null;
    return { kind: 'field', element: target, start: target.selectionStart ?? target.value.length, end: target.selectionEnd ?? target.value.length };
  }
  const node = target instanceof Node ? target : null;
  const element = node instanceof HTMLElement ? node : (node?.parentElement ?? null);
  const host = element?.closest<HTMLElement>('[contenteditable]');
  if (!host || !host.isContentEditable) return null;
  // The editing host itself (the outermost contenteditable), where the text is to go.
  let root = host;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  const capture = hosts.get(root);
  if (capture) return { kind: 'editor', element: root, insert: capture() };
  const range = selection && selection.rangeCount > 0 && root.contains(selection.getRangeAt(0).startContainer) ? selection.getRangeAt(0).cloneRange() : null;
  return { kind: 'rich', element: root, range };
}

/**
 * Puts `text` where the paste was going, as typing would (so undo, the field's input event and the
 * editor's model all follow): the browser's insertText command, or a direct edit where it is missing.
 */
export function insertAt(target: PasteTarget, text: string): void {
  if (target.kind === 'field') {
    const el = target.element;
    el.focus();
    el.setSelectionRange(target.start, target.end);
    if (!execInsert(text)) {
      el.setRangeText(text, target.start, target.end, 'end');
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }
    return;
  }
  if (target.kind === 'editor') {
    target.insert(text);
    return;
  }
  const el = target.element;
  el.focus();
  const selection = document.getSelection();
  if (selection && target.range) {
    selection.removeAllRanges();
    selection.addRange(target.range);
  }
  if (!execInsert(text)) {
    const range = target.range ?? endOf(el);
    range.deleteContents();
    range.insertNode(document.createTextNode(text));
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

function execInsert(text: string): boolean {
  try {
    return typeof document.execCommand === 'function' && document.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

function endOf(el: HTMLElement): Range {
  const range = document.createRange();
  range.selectNodeContents(el);
  range.collapse(false);
  return range;
}
