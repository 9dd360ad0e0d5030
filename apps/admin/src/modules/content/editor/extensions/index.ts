import type { Extensions } from '@tiptap/core';
import { Placeholder } from '@tiptap/extensions';
import StarterKit from '@tiptap/starter-kit';
import { ArticleHeading, ArticleOrderedList } from './blocks';
import { Figure, type FigureOptions } from './figure';
import { SafeLink } from './link';
import { Subscript, Superscript } from './marks';
import { PasteDrop, type PasteDropOptions } from './pasteDrop';
import { SafeTable, SafeTableCell, SafeTableHeader, SafeTableRow } from './table';
import { UploadPlaceholders } from './uploads';

export interface ArticleExtensionOptions {
  figure?: Partial<FigureOptions>;
  pasteDrop?: Partial<PasteDropOptions>;
  /** Text shown in an empty editor (not part of the document). */
  placeholder?: () => string;
}

/**
 * The schema of an article body: exactly what the server's sanitiser keeps (h2–h4, p, br, strong, em,
 * u, s, sub, sup, ul/ol/li, a, figure/img/figcaption, table, blockquote, hr) and nothing else — no
 * code, no code block, no alignment, no colours. Everything renders without class, style or id.
 */
export function articleExtensions(options: ArticleExtensionOptions = {}): Extensions {
  return [
    StarterKit.configure({
      code: false,
      codeBlock: false,
      heading: false,
      orderedList: false,
      link: false,
      // Bold renders <strong>, italic <em>, underline <u>, strike <s> (their defaults).
    }),
    ArticleHeading,
    ArticleOrderedList,
    SafeLink,
    Subscript,
    Superscript,
    SafeTable,
    SafeTableRow,
    SafeTableHeader,
    SafeTableCell,
    Figure.configure(options.figure ?? {}),
    UploadPlaceholders,
    PasteDrop.configure(options.pasteDrop ?? {}),
    ...(options.placeholder ? [Placeholder.configure({ placeholder: options.placeholder })] : []),
  ];
}
