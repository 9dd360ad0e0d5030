import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { cleanPastedHtml } from '../cleanWordHtml';

/**
 * What happens when something is pasted or dropped into the editor:
 * - plain text that reads as TCVN3/VNI is left to the page's conversion dialog (`holdPaste` says so;
 *   the editor then does nothing and the paste event goes on to the form);
 * - pasted HTML is cleaned (`cleanPastedHtml`: Word's markup, remote images);
 * - image files (pasted alone, or dropped) go to `onFiles` with the position they were dropped at;
 *   other dropped files are refused with a notice.
 */
export interface PasteDropOptions {
  holdPaste: (text: string) => boolean;
  onFiles: (files: File[], pos: number | null) => void;
  onNotice: (notice: 'pastedImagesDropped' | 'notAnImage') => void;
}

const isImage = (file: File) => /^image\//i.test(file.type);

export const PasteDrop = Extension.create<PasteDropOptions>({
  name: 'pasteDrop',
  addOptions() {
    return { holdPaste: () => false, onFiles: () => undefined, onNotice: () => undefined };
  },
  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin({
        key: new PluginKey('pasteDrop'),
        props: {
          handleDOMEvents: {
            paste: (_view, event) => {
              const text = event.clipboardData?.getData('text/plain') ?? '';
              // true: ProseMirror leaves the event alone (not prevented), and it bubbles to the form.
              return text !== '' && options.holdPaste(text);
            },
          },
          transformPastedHTML: (html) => {
            const cleaned = cleanPastedHtml(html);
            if (cleaned.droppedImages > 0) options.onNotice('pastedImagesDropped');
            return cleaned.html;
          },
          handlePaste: (view, event) => {
            const data = event.clipboardData;
            if (!data) return false;
            const files = Array.from(data.files ?? []);
            // Word and Excel put a picture of the copied text on the clipboard too: text wins.
            if (!files.length || data.getData('text/html') || data.getData('text/plain')) return false;
            const images = files.filter(isImage);
            if (!images.length) {
              options.onNotice('notAnImage');
              return true;
            }
            options.onFiles(images, view.state.selection.from);
            return true;
          },
          handleDrop: (view, event, _slice, moved) => {
            if (moved) return false;
            const files = Array.from(event.dataTransfer?.files ?? []);
            if (!files.length) return false;
            event.preventDefault();
            const images = files.filter(isImage);
            if (images.length < files.length) options.onNotice('notAnImage');
            if (images.length) {
              const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
              options.onFiles(images, at ? at.pos : null);
            }
            return true;
          },
        },
      }),
    ];
  },
});
