import { beforeEach, describe, expect, it } from 'vitest';
import { encodeTcvn3 } from '@congxa/shared/text';
import { usePasteConversion } from './usePasteConversion';

const UNICODE = 'Người dân đến Bộ phận Một cửa vào sáng thứ Hai.';
const LEGACY = encodeTcvn3(UNICODE);

/** A paste event as the browser sends it, with the clipboard's plain text. */
function pasteInto(target: EventTarget, text: string): Event {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: { getData: (type: string) => (type === 'text/plain' ? text : '') } });
  target.dispatchEvent(event);
  return event;
}

function setup(html: string) {
  document.body.innerHTML = `<form>${html}</form>`;
  const form = document.querySelector('form')!;
  const paste = usePasteConversion();
  form.addEventListener('paste', (e) => paste.onPaste(e as ClipboardEvent));
  return paste;
}

describe('usePasteConversion', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('should hold a TCVN3 paste into the title and insert the Unicode text at the caret when accepted', async () => {
    const paste = setup('<input id="title" type="text" value="Tin: ">');
    const input = document.querySelector<HTMLInputElement>('#title')!;
    input.setSelectionRange(5, 5);
    const event = pasteInto(input, LEGACY);
    expect(event.defaultPrevented).toBe(true);
    expect(paste.pending.value?.offer).toMatchObject({ encoding: 'tcvn3', before: LEGACY, after: UNICODE });
    expect(input.value).toBe('Tin: ');

    const inputs: string[] = [];
    input.addEventListener('input', () => inputs.push(input.value));
    await paste.accept();
    expect(paste.pending.value).toBeNull();
    expect(input.value).toBe(`Tin: ${UNICODE}`);
    // v-model listens for input events: the form's model follows.
    expect(inputs).toEqual([`Tin: ${UNICODE}`]);
  });

  it('should insert the text as pasted, replacing the selection, when the user keeps it', async () => {
    const paste = setup('<textarea id="summary">cũ MỚI cũ</textarea>');
    const area = document.querySelector<HTMLTextAreaElement>('#summary')!;
    area.setSelectionRange(3, 6);
    pasteInto(area, LEGACY);
    await paste.keep();
    expect(area.value).toBe(`cũ ${LEGACY} cũ`);
  });

  it('should let Unicode and English pastes through with no question', () => {
    const paste = setup('<textarea id="summary"></textarea>');
    const area = document.querySelector('#summary')!;
    expect(pasteInto(area, UNICODE).defaultPrevented).toBe(false);
    expect(pasteInto(area, 'The commune people’s committee').defaultPrevented).toBe(false);
    expect(paste.pending.value).toBeNull();
  });

  it('should leave read-only fields and non-text inputs alone', () => {
    const paste = setup('<input id="ro" type="text" readonly><input id="date" type="date"><div id="plain">x</div>');
    for (const id of ['ro', 'date', 'plain']) expect(pasteInto(document.getElementById(id)!, LEGACY).defaultPrevented).toBe(false);
    expect(paste.pending.value).toBeNull();
  });

  it('should hold a paste into the rich-text area and put the converted text where the caret was', async () => {
    const paste = setup('<div id="body" contenteditable="true"><p>Mở đầu. </p></div>');
    const body = document.getElementById('body')!;
    const paragraph = body.querySelector('p')!;
    const range = document.createRange();
    range.setStart(paragraph.firstChild!, 8);
    range.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);

    let inputEvents = 0;
    body.addEventListener('input', () => inputEvents++);
    expect(pasteInto(paragraph, LEGACY).defaultPrevented).toBe(true);
    expect(paste.pending.value?.target).toMatchObject({ kind: 'rich', element: body });
    await paste.accept();
    expect(body.textContent).toBe(`Mở đầu. ${UNICODE}`);
    expect(inputEvents).toBeGreaterThan(0);
  });

  it('should ignore a second paste while the question about the first is open', () => {
    const paste = setup('<textarea id="summary"></textarea>');
    const area = document.querySelector('#summary')!;
    pasteInto(area, LEGACY);
    const first = paste.pending.value;
    pasteInto(area, encodeTcvn3('Tiếng Việt'));
    expect(paste.pending.value).toBe(first);
  });
});
