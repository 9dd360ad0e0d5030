import { Node } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { isBlankAlt } from '@congxa/shared/content';
import { isMediaSrc, type FigureAttrs } from '../mediaImage';

/**
 * An image of the article: `<figure><img src alt width height><figcaption>…</figcaption></figure>`
 * (figcaption only when there is a caption). Parsed back from that HTML and from a bare `<img>` (old
 * content, Word imports); an image that is not one of the site's media variants is left out, as the
 * server would. Alt text and caption are attributes, edited in the image dialog: clicking the image,
 * or Enter while it is selected, calls `onEdit`. An image without alt text shows a red outline and a
 * badge in the editor (never in the saved HTML).
 */
export interface FigureOptions {
  /** Open the alt/caption dialog for the image at `pos`. */
  onEdit: (pos: number) => void;
  /** The badge shown on an image without alt text ("Thiếu mô tả ảnh"). */
  missingAltLabel: () => string;
  /** The accessible hint of an image in the editor ("Nhấn Enter để sửa mô tả ảnh"). */
  editHint: () => string;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /** Insert an image at the selection, or at `at`. */
      insertFigure: (attrs: FigureAttrs, at?: number) => ReturnType;
      /** Change the alt text / caption of the image at `pos`. */
      updateFigure: (pos: number, attrs: Partial<FigureAttrs>) => ReturnType;
    };
  }
}

const PIXELS = /^[1-9][0-9]{0,4}$/;
const pixels = (value: string | null): number | null => (value !== null && PIXELS.test(value.trim()) ? Number(value.trim()) : null);

function imageAttrs(img: HTMLImageElement, caption: string): FigureAttrs | false {
  const src = img.getAttribute('src');
  if (!isMediaSrc(src)) return false;
  return { src, alt: img.getAttribute('alt') ?? '', width: pixels(img.getAttribute('width')), height: pixels(img.getAttribute('height')), caption };
}

export const Figure = Node.create<FigureOptions>({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addOptions() {
    return { onEdit: () => undefined, missingAltLabel: () => 'Missing alt text', editHint: () => '' };
  },

  addAttributes() {
    return {
      // Read by the parse rules below (from the img inside a figure), never from the element itself.
      src: { default: '', rendered: false, parseHTML: () => null },
      alt: { default: '', rendered: false, parseHTML: () => null },
      width: { default: null, rendered: false, parseHTML: () => null },
      height: { default: null, rendered: false, parseHTML: () => null },
      caption: { default: '', rendered: false, parseHTML: () => null },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'figure',
        getAttrs: (el) => {
          const img = el.querySelector('img');
          if (!img) return false;
          const caption = (el.querySelector('figcaption')?.textContent ?? '').replace(/\s+/g, ' ').trim();
          return imageAttrs(img, caption);
        },
      },
      { tag: 'img[src]', getAttrs: (el) => imageAttrs(el as HTMLImageElement, '') },
    ];
  },

  renderHTML({ node }) {
    const a = node.attrs as FigureAttrs;
    const img: Record<string, string> = { src: a.src, alt: a.alt };
    if (a.width) img.width = String(a.width);
    if (a.height) img.height = String(a.height);
    return a.caption ? ['figure', ['img', img], ['figcaption', a.caption]] : ['figure', ['img', img]];
  },

  addCommands() {
    return {
      insertFigure:
        (attrs, at) =>
        ({ commands }) =>
          at === undefined ? commands.insertContent({ type: this.name, attrs }) : commands.insertContentAt(at, { type: this.name, attrs }),
      updateFigure:
        (pos, attrs) =>
        ({ tr, state, dispatch }) => {
          const node = state.doc.nodeAt(pos);
          if (!node || node.type.name !== this.name) return false;
          if (dispatch) tr.setNodeMarkup(pos, undefined, { ...node.attrs, ...attrs });
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      Enter: ({ editor }) => {
        const selection = editor.state.selection;
        if (!(selection instanceof NodeSelection) || selection.node.type.name !== this.name) return false;
        this.options.onEdit(selection.from);
        return true;
      },
    };
  },

  addNodeView() {
    return ({ node: initial, getPos, editor }) => {
      let node = initial;
      const dom = document.createElement('figure');
      dom.className = 'rte-figure';
      const img = document.createElement('img');
      img.draggable = false;
      const caption = document.createElement('figcaption');
      const badge = document.createElement('span');
      badge.className = 'rte-figure__badge';
      badge.contentEditable = 'false';
      dom.append(img, badge, caption);

      const render = () => {
        const a = node.attrs as FigureAttrs;
        img.src = a.src;
        img.alt = a.alt;
        if (a.width) img.width = a.width;
        else img.removeAttribute('width');
        if (a.height) img.height = a.height;
        else img.removeAttribute('height');
        caption.textContent = a.caption;
        caption.hidden = !a.caption;
        const missing = isBlankAlt(a.alt);
        dom.classList.toggle('rte-figure--missing-alt', missing);
        badge.textContent = missing ? this.options.missingAltLabel() : '';
        badge.hidden = !missing;
        dom.title = this.options.editHint();
      };
      render();

      dom.addEventListener('click', (event) => {
        if (!editor.isEditable) return;
        const pos = getPos();
        if (typeof pos !== 'number') return;
        event.preventDefault();
        editor.commands.setNodeSelection(pos);
        this.options.onEdit(pos);
      });

      return {
        dom,
        update: (next) => {
          if (next.type !== node.type) return false;
          node = next;
          render();
          return true;
        },
        ignoreMutation: () => true,
      };
    };
  },
});
