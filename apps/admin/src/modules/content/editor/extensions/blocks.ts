import Heading from '@tiptap/extension-heading';
import { OrderedList } from '@tiptap/extension-list';

/**
 * Headings h2–h4 only (the page title is the h1). Pasted h1 becomes h2 and h5/h6 become h4, as the
 * server does, so a document's outline survives a paste from Word.
 */
export const ArticleHeading = Heading.extend({
  parseHTML() {
    return [
      { tag: 'h1', attrs: { level: 2 } },
      { tag: 'h2', attrs: { level: 2 } },
      { tag: 'h3', attrs: { level: 3 } },
      { tag: 'h4', attrs: { level: 4 } },
      { tag: 'h5', attrs: { level: 4 } },
      { tag: 'h6', attrs: { level: 4 } },
    ];
  },
}).configure({ levels: [2, 3, 4] });

/** Numbered lists without `start`/`type` (the server keeps neither). */
export const ArticleOrderedList = OrderedList.extend({
  addAttributes() {
    return {
      start: { default: 1, parseHTML: () => 1, renderHTML: () => ({}) },
      type: { default: null, parseHTML: () => null, renderHTML: () => ({}) },
    };
  },
});
